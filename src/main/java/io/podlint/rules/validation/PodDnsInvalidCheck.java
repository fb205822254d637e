package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod's DNS identity and resolver settings: {@code hostname} and {@code subdomain} are DNS
 * labels ({@code ValidatePodSpec}). {@code validatePodDNSConfig}: at most 3 nameservers, which
 * are IP addresses ({@code IsValidIP}); at most 32 search paths of 2048 characters together
 * (ExpandedDNSConfig, on by default from 1.26; 6 and 256 before); search domains that are DNS
 * subdomains (RelaxedDNSSearchValidation, on by default from 1.33, also allows underscores and
 * "." alone); options with names. {@code ValidateHostAliases}: IP addresses and DNS-subdomain
 * host names. {@code dnsPolicy: None} without nameservers is the workload-validation rules'.
 */
final class PodDnsInvalidCheck implements WorkloadCheck<NoParams> {
  static final int MAX_NAMESERVERS = 3;

  @Override
  public String id() {
    return "pod-dns-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.podSpec();
    for (String field : List.of("hostname", "subdomain")) {
      YamlNode v = spec.get(field);
      if (v.isString() && !v.text().isEmpty() && !Placeholders.isTemplated(v.text())) {
        List<String> errs = ApiNames.dns1123Label(v.text());
        if (!errs.isEmpty()) {
          report(w, v, ApiErrors.invalid(v.path(), v.text(), errs), "The " + field + " is one DNS label: up to 63 "
              + "lowercase letters, digits and '-', without dots"
              + ("subdomain".equals(field) ? " (the name of a headless Service)." : "."), ctx);
        }
      }
    }
    for (YamlNode alias : spec.get("hostAliases").items()) {
      YamlNode ip = alias.get("ip");
      if (ip.isString() && !Placeholders.isTemplated(ip.text()) && !ApiNames.isIpSloppy(ip.text())) {
        report(w, ip, ApiErrors.invalid(ip.path(), ip.text(), ApiNames.INVALID_IP), "hostAliases map an IP "
            + "address to names in /etc/hosts; give the address, not a name or a CIDR.", ctx);
      }
      for (YamlNode host : alias.get("hostnames").items()) {
        if (host.isString() && !Placeholders.isTemplated(host.text())) {
          List<String> errs = ApiNames.dns1123Subdomain(host.text());
          if (!errs.isEmpty()) {
            report(w, host, ApiErrors.invalid(host.path(), host.text(), errs), "Host names are lowercase DNS names "
                + "such as db.internal.example.com (no trailing dot).", ctx);
          }
        }
      }
    }
    YamlNode dns = spec.get("dnsConfig");
    if (!dns.isMapping()) {
      return;
    }
    YamlNode nameservers = dns.get("nameservers");
    if (nameservers.items().size() > MAX_NAMESERVERS) {
      report(w, nameservers, ApiErrors.invalid(nameservers.path(), list(nameservers), "must not have more than "
          + MAX_NAMESERVERS + " nameservers"), "The resolver reads at most 3 nameservers; keep 3.", ctx);
    }
    for (YamlNode ns : nameservers.items()) {
      if (ns.isString() && !Placeholders.isTemplated(ns.text()) && !ApiNames.isIpSloppy(ns.text())) {
        report(w, ns, ApiErrors.invalid(ns.path(), ns.text(), ApiNames.INVALID_IP), "Nameservers are IP "
            + "addresses, such as 10.96.0.10; the resolver cannot use a name here.", ctx);
      }
    }
    boolean expanded = ctx.settings().kubernetesVersion().atLeast(26);
    int maxPaths = expanded ? 32 : 6;
    int maxChars = expanded ? 2048 : 256;
    YamlNode searches = dns.get("searches");
    List<String> paths = list(searches);
    if (paths.size() > maxPaths) {
      report(w, searches, ApiErrors.invalid(searches.path(), paths, "must not have more than " + maxPaths
          + " search paths"), "Keep at most " + maxPaths + " search domains.", ctx);
    }
    if (String.join(" ", paths).length() > maxChars) {
      report(w, searches, ApiErrors.invalid(searches.path(), paths, "must not have more than " + maxChars
          + " characters (including spaces) in the search list"), "Shorten the search list.", ctx);
    }
    boolean relaxed = ctx.settings().kubernetesVersion().atLeast(33);
    for (YamlNode s : searches.items()) {
      if (s.isString() && !Placeholders.isTemplated(s.text()) && !(relaxed && ".".equals(s.text()))) {
        String domain = s.text().endsWith(".") ? s.text().substring(0, s.text().length() - 1) : s.text();
        List<String> errs =
            relaxed ? ApiNames.dns1123SubdomainWithUnderscore(domain) : ApiNames.dns1123Subdomain(domain);
        if (!errs.isEmpty()) {
          report(w, s, ApiErrors.invalid(s.path(), domain, errs), "Search entries are domain names such as "
              + "svc.cluster.local.", ctx);
        }
      }
    }
    for (YamlNode option : dns.get("options").items()) {
      YamlNode name = option.get("name");
      if (option.isMapping() && (!name.hasValue() || name.text("").isEmpty())) {
        report(w, option, ApiErrors.required(option.path(), "must not be empty"), "Give the resolver option a "
            + "name, such as ndots.", ctx);
      }
    }
  }

  private static List<String> list(YamlNode seq) {
    List<String> out = new ArrayList<>();
    for (YamlNode v : seq.items()) {
      out.add(v.text(""));
    }
    return out;
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}

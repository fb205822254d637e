package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code validatePodDNSConfig} of pkg/apis/core/validation: dnsPolicy None needs nameservers; at
 * most 3 nameservers, each an IP address; the search list limits (32 paths and 2048 characters
 * since 1.28, when ExpandedDNSConfig went GA; 6 and 256 before); option names required. Search
 * domain syntax is not checked here.
 */
final class DnsConfigCheck implements Check<NoParams> {
  static final int MAX_NAMESERVERS = 3;
  static final int EXPANDED_SINCE = 28;
  /** Certainly not an IP literal: has a letter outside hex digits, or no dot and no colon. */
  private static final Pattern NOT_AN_IP = Pattern.compile(".*[g-zG-Z].*|[^.:]*");

  @Override
  public String id() {
    return "dns-config-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.podSpec();
    YamlNode policy = spec.get("dnsPolicy");
    YamlNode config = spec.get("dnsConfig");
    YamlNode nameservers = config.get("nameservers");
    if ("None".equals(policy.text())) {
      if (!config.isMapping()) {
        report(w, policy, FieldErrors.required(FieldErrors.child(spec, "dnsConfig"),
            "must provide `dnsConfig` when `dnsPolicy` is None"), "Add dnsConfig with at least one nameserver "
            + "(dnsPolicy None ignores the cluster DNS), or use dnsPolicy ClusterFirst", ctx);
        return;
      }
      if (nameservers.items().isEmpty()) {
        report(w, nameservers.isPresent() ? nameservers : config, FieldErrors.required(nameservers.path(),
            "must provide at least one DNS nameserver when `dnsPolicy` is None"),
            "List at least one nameserver IP address, or use dnsPolicy ClusterFirst", ctx);
        return;
      }
    }
    if (!config.isMapping()) {
      return;
    }
    List<YamlNode> servers = nameservers.items();
    if (servers.size() > MAX_NAMESERVERS) {
      report(w, nameservers, nameservers.path() + ": Invalid value: [" + String.join(" ", servers.stream()
          .map(YamlNode::text).toList()) + "]: must not have more than " + MAX_NAMESERVERS + " nameservers",
          "Keep at most 3 nameservers (the resolver reads no more)", ctx);
    }
    for (YamlNode server : servers) {
      if (server.isString() && !FieldErrors.isTemplated(server) && NOT_AN_IP.matcher(server.text()).matches()) {
        report(w, server, FieldErrors.invalid(server, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            "Write the nameserver's IP address, not a host name", ctx);
      }
    }
    boolean expanded = ctx.settings().kubernetesVersion().atLeast(EXPANDED_SINCE);
    int maxPaths = expanded ? 32 : 6;
    int maxChars = expanded ? 2048 : 256;
    YamlNode searches = config.get("searches");
    List<YamlNode> paths = searches.items();
    if (paths.size() > maxPaths) {
      report(w, searches, searches.path() + ": Invalid value: [...]: must not have more than " + maxPaths
          + " search paths", "Keep at most " + maxPaths + " search domains", ctx);
    }
    int chars = paths.stream().mapToInt(p -> p.text("").length()).sum() + Math.max(0, paths.size() - 1);
    if (chars > maxChars) {
      report(w, searches, searches.path() + ": Invalid value: [...]: must not have more than " + maxChars
          + " characters (including spaces) in the search list", "Shorten the search list", ctx);
    }
    for (YamlNode option : config.get("options").items()) {
      YamlNode name = option.get("name");
      if (option.isMapping() && (!name.isScalar() || name.text().isEmpty())) {
        report(w, option, FieldErrors.required(FieldErrors.child(option, "name"), ""),
            "Name the resolver option, such as ndots", ctx);
      }
    }
  }

  private static void report(Workload w, YamlNode at, String apiError, String fix, CheckContext ctx) {
    ctx.report(at, null, apiError + ". The " + w.kind() + " is not created. " + fix,
        StatefulSetTemplates.rejectionConsequence(w));
  }
}

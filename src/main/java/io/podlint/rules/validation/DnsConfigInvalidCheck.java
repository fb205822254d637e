package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;

/**
 * {@code validatePodDNSConfig} of pkg/apis/core/validation: dnsPolicy None needs a dnsConfig with
 * at least one nameserver. The rest of dnsConfig (nameserver count and addresses, search limits,
 * option names) is {@code pod-dns-invalid}'s, so that one mistake gives one finding.
 */
final class DnsConfigInvalidCheck implements WorkloadCheck<NoParams> {
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
    if (!"None".equals(policy.text())) {
      return;
    }
    if (!config.isMapping()) {
      report(w, policy, FieldErrors.required(FieldErrors.child(spec, "dnsConfig"),
          "must provide `dnsConfig` when `dnsPolicy` is None"), "Add dnsConfig with at least one nameserver "
          + "(dnsPolicy None ignores the cluster DNS), or use dnsPolicy ClusterFirst", ctx);
    } else if (nameservers.items().isEmpty()) {
      report(w, nameservers.isPresent() ? nameservers : config, FieldErrors.required(nameservers.path(),
          "must provide at least one DNS nameserver when `dnsPolicy` is None"),
          "List at least one nameserver IP address, or use dnsPolicy ClusterFirst", ctx);
    }
  }

  private static void report(Workload w, YamlNode at, String apiError, String fix, CheckContext ctx) {
    ctx.report(at, null, apiError + ". The " + w.kind() + " is not created. " + fix,
        StatefulSetTemplates.rejectionConsequence(w));
  }
}

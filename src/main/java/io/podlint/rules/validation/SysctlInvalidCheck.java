package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code validateSysctls}: each {@code securityContext.sysctls[].name} is a sysctl name
 * ({@code IsValidSysctlName}, dots or slashes between segments) and appears once.
 */
final class SysctlInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "sysctl-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Map<String, YamlNode> seen = new HashMap<>();
    for (YamlNode sysctl : w.podSpec().at("securityContext.sysctls").items()) {
      YamlNode name = sysctl.get("name");
      if (!name.isString() || Placeholders.isTemplated(name.text())) {
        continue;
      }
      String n = name.text();
      if (n.isEmpty()) {
        report(w, name, ApiErrors.required(name.path(), ""), "Name the kernel parameter, such as "
            + "net.ipv4.ip_local_port_range.", ctx);
      } else if (!ApiNames.isValidSysctlName(n)) {
        report(w, name, ApiErrors.invalid(name.path(), n, "must have at most " + ApiNames.SYSCTL_MAX
            + " characters and match regex " + ApiNames.SYSCTL_FMT), "Use the kernel parameter's name as sysctl "
                + "shows it: lowercase segments separated by dots, such as net.core.somaxconn.", ctx);
      } else {
        YamlNode first = seen.putIfAbsent(n, name);
        if (first != null) {
          report(w, name, ApiErrors.duplicate(name.path(), n), "The same sysctl is already set on line "
              + first.location().line() + "; keep one entry.", ctx);
        }
      }
    }
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}

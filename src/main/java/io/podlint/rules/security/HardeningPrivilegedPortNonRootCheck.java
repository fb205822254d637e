package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.SecurityContexts;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/**
 * A container port below 1024 in a container whose effective {@code runAsUser} (its own, else the
 * pod's) is not root and that does not add {@code NET_BIND_SERVICE}: unless the runtime lowers
 * {@code net.ipv4.ip_unprivileged_port_start}, the process cannot bind it.
 */
final class HardeningPrivilegedPortNonRootCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "hardening-privileged-port-non-root";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (SecurityContexts.windows(w) || w.podSpec().get("hostNetwork").isTrue() || lowersPortStart(w)) {
      return;
    }
    for (ContainerView c : w.containers()) {
      long user = SecurityContexts.effective(w, c, "runAsUser").asLong().orElse(0L);
      boolean bindCapability = c.get("securityContext").at("capabilities.add").items().stream()
          .anyMatch(cap -> "NET_BIND_SERVICE".equals(cap.text()) || "CAP_NET_BIND_SERVICE".equals(cap.text()));
      if (user <= 0 || bindCapability || SecurityContexts.privileged(c)) {
        continue;
      }
      for (YamlNode port : c.get("ports").items()) {
        YamlNode number = port.get("containerPort");
        long value = number.asLong().orElse(1024L);
        if (value > 0 && value < 1024) {
          ctx.report(number, c, ("%s listens on port %d but runs as user %d without NET_BIND_SERVICE: ports below "
              + "1024 need that capability unless the container runtime sets net.ipv4.ip_unprivileged_port_start "
              + "to 0 (containerd 2 and recent Docker do, older runtimes and CRI-O by default do not), so the "
              + "process may fail to bind it. Listen on a port of 1024 or above (the Service can still expose %d), "
              + "or add the NET_BIND_SERVICE capability").formatted(c.describe(), value, user, value));
        }
      }
    }
  }

  private static boolean lowersPortStart(Workload w) {
    return w.podSpec().at("securityContext.sysctls").items().stream()
        .anyMatch(s -> "net.ipv4.ip_unprivileged_port_start".equals(s.get("name").text()));
  }
}

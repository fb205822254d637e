package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.probes.ProbePorts.PortRef;
import java.util.Optional;

/**
 * A liveness or startup probe on a port number that only another container of the Pod declares.
 * Containers share the Pod's network, so the probe reaches the sibling; but its failures restart
 * the probed container, not the sibling that stopped answering. Readiness probes are not
 * reported: gating a container's readiness on a helper is a choice, and restarts nothing.
 */
final class ProbePortSiblingCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-port-sibling";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    if (!probe.kind().killsOnFailure()) {
      return;
    }
    ContainerPorts own = ContainerPorts.of(probe.container());
    if (!own.known()) {
      return;
    }
    for (PortRef ref : ProbePorts.of(probe)) {
      YamlNode port = ref.port();
      long number = port.asLong().filter(PortNames::isValidNumber).orElse(0L);
      if (number == 0 || own.declaresNumber(number)) {
        continue;
      }
      Optional<ContainerView> owner = w.longRunningContainers().stream()
          .filter(c -> !c.equals(probe.container()) && ContainerPorts.of(c).declaresNumber(number)).findFirst();
      if (owner.isEmpty()) {
        continue;
      }
      ctx.report(port, probe.container(), ("%s checks port %d, which %s declares, not %s: the probe judges the other"
          + " container, but when it fails the kubelet restarts %s, while the one that stopped answering keeps running."
          + " Probe a port of %s itself (or an exec command), and give %s its own %s probe")
          .formatted(probe.describe(), number, owner.get().describe(), probe.container().describe(),
              probe.container().describe(), probe.container().describe(), owner.get().describe(), probe.kind().label()));
    }
  }
}

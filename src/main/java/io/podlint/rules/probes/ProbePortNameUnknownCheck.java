package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.Text;
import io.podlint.rules.probes.ProbePorts.PortRef;

/**
 * A named probe port that the probed container does not declare. The kubelet resolves names
 * against that container's {@code ports[]} only; an unknown name makes every probe run error.
 */
final class ProbePortNameUnknownCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-port-name-unknown";
  }

  @Override
  public java.util.List<io.podlint.rules.PolicyText> texts(io.podlint.rules.NoParams params) {
    return AlwaysFailingProbe.TEXTS;
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    ContainerPorts ports = ContainerPorts.of(probe.container());
    if (!ports.known()) {
      return;
    }
    for (PortRef ref : ProbePorts.of(probe)) {
      YamlNode port = ref.port();
      if (ref.numericOnly() || !port.isString() || !PortNames.isValid(port.text()) || ports.declaresName(port.text())) {
        continue;
      }
      String name = port.text();
      String declared = ports.names().isEmpty() ? "it has no named ports"
          : "its ports are named " + Text.quotedList(ports.sortedNames(), "and");
      String fix = Text.closest(name, ports.sortedNames())
          .map(c -> "Did you mean \"%s\"?".formatted(c))
          .orElse("Add a port named \"%s\" to the container's ports[], or use the port number".formatted(name));
      ctx.report(port, probe.container(),
          "%s uses port \"%s\", but %s has no port of that name (%s)%s: the kubelet cannot resolve it, so every probe run fails and %s. %s"
              .formatted(probe.describe(), name, probe.container().describe(), declared, sibling(w, probe, name),
                  probe.kind().outcomeWhenAlwaysFailing(), fix),
          AlwaysFailingProbe.consequence(probe.kind(), ctx));
    }
  }

  /** Notes a sibling container that declares the name: the kubelet does not look there. */
  private static String sibling(Workload w, ProbeView probe, String name) {
    return w.containers().stream()
        .filter(c -> !c.equals(probe.container()) && ContainerPorts.of(c).declaresName(name))
        .findFirst()
        .map(c -> "; %s declares it, but the kubelet looks only at the probed container's own ports".formatted(c.describe()))
        .orElse("");
  }
}

package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.probes.ProbePorts.PortRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A numeric probe port that the probed container does not declare. It works (container ports
 * are informational), so this is advice: a typo in the number goes unnoticed. A port another
 * container of the Pod declares is not reported: probing a sibling's port is deliberate.
 */
final class ProbePortUndeclaredCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-port-undeclared";
  }

  /** {declared} lists the container's ports; {outcome} is what a probe that always fails does. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "probe", "port", "container", "declared", "outcome");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    ContainerPorts ports = ContainerPorts.of(probe.container());
    if (!ports.known()) {
      return;
    }
    for (PortRef ref : ProbePorts.of(probe)) {
      YamlNode port = ref.port();
      long number = port.asLong().filter(PortNames::isValidNumber).orElse(0L);
      if (number == 0 || ports.declaresNumber(number) || declaredElsewhere(w, probe, number)) {
        continue;
      }
      String declared = ports.numbers().isEmpty() ? "it declares no container ports"
          : "it declares " + ports.sortedNumbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
      ctx.report(port, probe.container(),
          ctx.text(MESSAGE, probe.describe(), number, probe.container().describe(), declared,
              probe.kind().outcomeWhenAlwaysFailing()));
    }
  }

  private static boolean declaredElsewhere(Workload w, ProbeView probe, long number) {
    return w.containers().stream()
        .anyMatch(c -> !c.equals(probe.container()) && ContainerPorts.of(c).declaresNumber(number));
  }
}

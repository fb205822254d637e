package io.podlint.rules.probes;

import io.podlint.k8s.ProbeKind;
import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ContainerView;
import io.podlint.model.ProbeView;
import io.podlint.model.Probes;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/**
 * Liveness and readiness probes that send the same request, where liveness gives up no later
 * than readiness: when the check fails the container is restarted instead of only being taken
 * out of rotation. The same check with a more patient liveness probe is the recommended
 * pattern and is not reported.
 */
final class ProbeLivenessBeforeReadinessCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "probe-liveness-before-readiness";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.longRunningContainers()) {
      Optional<ProbeView> liveness = Probes.of(c, ProbeKind.LIVENESS);
      Optional<ProbeView> readiness = Probes.of(c, ProbeKind.READINESS);
      if (liveness.isPresent() && readiness.isPresent()) {
        check(liveness.get(), readiness.get(), ctx);
      }
    }
  }

  private static void check(ProbeView liveness, ProbeView readiness, CheckContext ctx) {
    ContainerPorts ports = ContainerPorts.of(liveness.container());
    Optional<String> same = ProbeHandlers.signature(liveness, ports)
        .filter(s -> s.equals(ProbeHandlers.signature(readiness, ports).orElse(null)));
    Optional<ProbeTimings> l = ProbeTimings.of(liveness.node());
    Optional<ProbeTimings> r = ProbeTimings.of(readiness.node());
    if (same.isEmpty() || l.isEmpty() || r.isEmpty() || l.get().budgetSeconds() > r.get().budgetSeconds()) {
      return;
    }
    String when = l.get().budgetSeconds() == r.get().budgetSeconds() ? "at the same time as" : "before";
    ctx.report(liveness.node(), liveness.container(),
        liveness.describe() + " sends the same check as its readiness probe and gives up " + when + " it (liveness: "
            + l.get().budgetFormula() + "; readiness: " + r.get().budgetFormula() + "): when the check fails, for"
            + " example under load or while a dependency is down, the container is restarted instead of only being"
            + " taken out of rotation, which turns a slowdown into restarts. Make the liveness probe more patient (a"
            + " higher failureThreshold or periodSeconds) or point it at a cheaper endpoint that only tells whether the"
            + " process is alive");
  }
}

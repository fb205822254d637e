package io.podlint.rules.probes;

import io.podlint.k8s.ProbeKind;
import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ContainerView;
import io.podlint.model.ProbeView;
import io.podlint.model.Probes;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;
import java.util.Optional;

/**
 * A liveness probe without a startup probe that kills the container if it is not healthy within
 * {@code minStartupBudgetSeconds} of starting. The default, 30, is the budget of a liveness probe
 * with Kubernetes' own defaults (0 + 3 * 10), so only probes stricter than the defaults are
 * reported.
 */
final class StartupProbeAdviceCheck implements WorkloadCheck<StartupProbeAdviceCheck.Params> {

  /** @param minStartupBudgetSeconds liveness budgets below this get the advice */
  record Params(int minStartupBudgetSeconds) {
    Params {
      if (minStartupBudgetSeconds < 1) {
        throw new IllegalArgumentException("minStartupBudgetSeconds must be at least 1");
      }
    }
  }

  @Override
  public String id() {
    return "startup-probe-advice";
  }

  /** {probe}'s budget of {seconds} ({formula}) is below the parameter; the message advises a startupProbe. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "probe", "seconds", "formula");

  @Override
  public List<PolicyText> texts(Params params) {
    return List.of(MESSAGE);
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    for (ContainerView c : w.longRunningContainers()) {
      Optional<ProbeView> liveness = Probes.of(c, ProbeKind.LIVENESS);
      if (liveness.isEmpty() || c.get("startupProbe").hasValue()) {
        continue;
      }
      ProbeTimings.of(liveness.get().node())
          .filter(t -> t.budgetSeconds() < params.minStartupBudgetSeconds())
          .ifPresent(t -> ctx.report(liveness.get().node(), c,
              ctx.text(MESSAGE, liveness.get().describe(), t.budgetSeconds(), t.budgetFormula())));
    }
  }
}

package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** A long-running container without a liveness probe (opt-in advice). */
final class LivenessProbeMissingCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "liveness-probe-missing";
  }

  private static final PolicyText MESSAGE = PolicyText.of("message", "container");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  public List<String> defaultKinds() {
    return ReadinessProbeMissingCheck.LONG_RUNNING_KINDS;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!w.isLongRunning()) {
      return;
    }
    for (ContainerView c : w.longRunningContainers()) {
      if (!c.get("livenessProbe").hasValue()
          && !io.podlint.rules.schema.SchemaFacts.hasMisspelledKey(ctx, w.document(), c.node(), "livenessProbe")) {
        ctx.report(c.node(), c,
            ctx.text(MESSAGE, c.describe()));
      }
    }
  }
}

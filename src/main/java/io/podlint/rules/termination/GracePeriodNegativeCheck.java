package io.podlint.rules.termination;

import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/** A negative {@code terminationGracePeriodSeconds} is accepted and silently treated as 1 s. */
final class GracePeriodNegativeCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "grace-period-negative";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = GracePeriod.node(w);
    Optional<Long> seconds = value.asLong();
    if (seconds.isEmpty() || seconds.get() >= 0) {
      return;
    }
    ctx.report(value, ("terminationGracePeriodSeconds is %d: the API server accepts negative values but deletes the Pod "
        + "with a grace period of 1 s instead, so preStop hooks are cut short and the containers get SIGKILL almost at "
        + "once. Set a non-negative number of seconds (default 30)").formatted(seconds.get()));
  }
}

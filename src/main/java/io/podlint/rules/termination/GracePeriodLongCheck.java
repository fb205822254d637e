package io.podlint.rules.termination;

import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/** A grace period so long that node drains, scale-downs and rollouts wait on it. */
final class GracePeriodLongCheck implements WorkloadCheck<GracePeriodLongCheck.Params> {

  /** @param maxSeconds the longest grace period not reported */
  record Params(long maxSeconds) {
    Params {
      if (maxSeconds < 1) {
        throw new IllegalArgumentException("maxSeconds must be at least 1");
      }
    }
  }

  @Override
  public String id() {
    return "grace-period-long";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    YamlNode value = GracePeriod.node(w);
    Optional<Long> seconds = value.asLong();
    if (seconds.isEmpty() || seconds.get() <= params.maxSeconds()) {
      return;
    }
    ctx.report(value, ("terminationGracePeriodSeconds is %d (%s), more than %s: a Pod that ignores SIGTERM or drains "
        + "slowly holds every rollout step, node drain and scale-down for that long, and the cluster autoscaler stops "
        + "waiting after 10 minutes by default anyway. Use the time the app really needs to shut down, or raise this "
        + "policy's maxSeconds if the wait is intended")
        .formatted(seconds.get(), GracePeriod.duration(seconds.get()), GracePeriod.duration(params.maxSeconds())));
  }
}

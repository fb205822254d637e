package io.podlint.rules.termination;

import io.podlint.k8s.PreStopDelay;
import io.podlint.model.ContainerView;
import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A preStop hook that sleeps for the whole grace period: SIGTERM comes only when the period is
 * over, and SIGKILL 2 seconds later. A {@code sleep} handler longer than the period is rejected
 * and reported by lifecycle-sleep-rejected instead.
 */
final class PreStopExceedsGraceCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "prestop-exceeds-grace";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Optional<Long> grace = GracePeriod.seconds(w);
    if (grace.isEmpty() || grace.get() <= 0) {
      return; // zero and negative periods have their own policies
    }
    for (ContainerView c : w.longRunningContainers()) {
      YamlNode preStop = c.get("lifecycle").get("preStop");
      OptionalDouble delay = PreStopDelay.seconds(preStop);
      if (delay.isEmpty() || delay.getAsDouble() < grace.get()) {
        continue;
      }
      YamlNode sleepSeconds = preStop.at("sleep.seconds");
      if (sleepSeconds.isPresent() && delay.getAsDouble() > grace.get()) {
        continue; // rejected by the API server: lifecycle-sleep-rejected
      }
      YamlNode at = sleepSeconds.isPresent() ? sleepSeconds : preStop.at("exec.command");
      String how = sleepSeconds.isPresent() ? "the preStop sleep handler waits" : "the preStop command sleeps";
      String relation = delay.getAsDouble() == grace.get() ? "as long as" : "longer than";
      ctx.report(at, c, ("%s: %s %s, %s the pod's %s, so the kubelet sends SIGTERM only when the grace period is "
          + "used up and SIGKILL about 2 s later: the app gets no real time to shut down. Make "
          + "terminationGracePeriodSeconds larger than the preStop delay plus the app's shutdown time, or shorten the sleep")
          .formatted(c.describe(), how, seconds(delay.getAsDouble()), relation, GracePeriod.describe(w, grace.get())));
    }
  }

  static String seconds(double s) {
    if (Double.isInfinite(s)) {
      return "forever";
    }
    return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
  }
}

package io.podlint.rules.probes;

import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;

/**
 * A {@code timeoutSeconds} that is not below {@code periodSeconds}. A timeout of 1 (the minimum)
 * is not reported: with {@code periodSeconds: 1} there is nothing shorter to choose.
 */
final class ProbeTimeoutExceedsPeriodCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-timeout-exceeds-period";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    ProbeTimings.of(probe.node()).ifPresent(t -> {
      // The prober worker runs one attempt to completion (at most timeoutSeconds), then waits for
      // the next tick of a periodSeconds ticker; a tick that fired meanwhile starts the next attempt
      // at once. Equal values therefore keep the planned rhythm; only a longer timeout stretches it.
      if (t.timeoutSeconds() > t.periodSeconds()) {
        ctx.report(probe.get("timeoutSeconds"), probe.container(),
            ("timeoutSeconds %d of %s is longer than its periodSeconds %d%s: while the endpoint hangs, each attempt "
                + "runs into the timeout and the next one starts at once, so attempts come every %d s instead of "
                + "every %d s and a hang is detected after failureThreshold %d * timeoutSeconds = %d s, not "
                + "(failureThreshold - 1) * periodSeconds + timeoutSeconds = %d s as planned. Make timeoutSeconds at most periodSeconds")
                .formatted(t.timeoutSeconds(), probe.describe(), t.periodSeconds(),
                    probe.get("periodSeconds").asLong().filter(p -> p > 0).isPresent() ? "" : " (the default)",
                    t.timeoutSeconds(), t.periodSeconds(), t.failureThreshold(),
                    t.failureThreshold() * t.timeoutSeconds(),
                    (t.failureThreshold() - 1) * t.periodSeconds() + t.timeoutSeconds()));
      }
    });
  }
}

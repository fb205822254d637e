package io.podlint.rules.probes;

import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;

/**
 * A {@code timeoutSeconds} that is not below {@code periodSeconds}. A timeout of 1 (the minimum)
 * is not reported: with {@code periodSeconds: 1} there is nothing shorter to choose.
 */
final class ProbeTimeoutCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-timeout-exceeds-period";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    ProbeTimings.of(probe.node()).ifPresent(t -> {
      if (t.timeoutSeconds() > 1 && t.timeoutSeconds() >= t.periodSeconds()) {
        ctx.report(probe.get("timeoutSeconds"), probe.container(),
            "timeoutSeconds %d of %s is not shorter than its periodSeconds %d%s: while the endpoint hangs every attempt runs into the timeout and the next one is already due, so attempts run back to back and failures are detected after failureThreshold * timeoutSeconds, not failureThreshold * periodSeconds. Make timeoutSeconds shorter than periodSeconds"
                .formatted(t.timeoutSeconds(), probe.describe(), t.periodSeconds(),
                    probe.get("periodSeconds").asLong().filter(p -> p > 0).isPresent() ? "" : " (the default)"));
      }
    });
  }
}

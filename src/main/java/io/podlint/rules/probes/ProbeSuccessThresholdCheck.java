package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;

/** Liveness and startup probes must have {@code successThreshold} 1 (0 is defaulted to 1). */
final class ProbeSuccessThresholdCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-success-threshold";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    if (!probe.kind().killsOnFailure()) {
      return;
    }
    YamlNode value = probe.get("successThreshold");
    value.asLong().filter(v -> v > 1).ifPresent(v -> ctx.report(value, probe.container(),
        "successThreshold of %s is %d; the API server rejects anything but 1 for %s probes (\"must be 1\"). Remove it or set 1; only readiness probes may require several successes"
            .formatted(probe.describe(), v, probe.kind().label())));
  }
}

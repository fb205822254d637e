package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/** Liveness and startup probes must have {@code successThreshold} 1 (0 is defaulted to 1). */
final class ProbeSuccessThresholdCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-success-threshold";
  }

  /** A liveness or startup probe ({type}) with successThreshold {value} above 1. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "probe", "value", "type");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    if (!probe.kind().killsOnFailure()) {
      return;
    }
    YamlNode value = probe.get("successThreshold");
    value.asLong().filter(v -> v > 1).ifPresent(v -> ctx.report(value, probe.container(),
        ctx.text(MESSAGE, probe.describe(), v, probe.kind().label())));
  }
}

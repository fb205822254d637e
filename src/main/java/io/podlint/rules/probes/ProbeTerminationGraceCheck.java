package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/** Probe-level {@code terminationGracePeriodSeconds}: forbidden on readiness, and must be > 0. */
final class ProbeTerminationGraceCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-termination-grace";
  }

  /** On a readiness probe, which never stops the container. */
  private static final PolicyText READINESS = PolicyText.of("readinessMessage", "probe");
  /** A value of 0 or less: {seconds}. */
  private static final PolicyText NOT_POSITIVE = PolicyText.of("notPositiveMessage", "probe", "seconds");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(READINESS, NOT_POSITIVE);
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    YamlNode value = probe.get("terminationGracePeriodSeconds");
    if (!value.hasValue()) {
      return;
    }
    if (!probe.kind().killsOnFailure()) {
      ctx.report(value, probe.container(),
          ctx.text(READINESS, probe.describe()));
      return;
    }
    value.asLong().filter(v -> v <= 0).ifPresent(v -> ctx.report(value, probe.container(),
        ctx.text(NOT_POSITIVE, probe.describe(), v)));
  }
}

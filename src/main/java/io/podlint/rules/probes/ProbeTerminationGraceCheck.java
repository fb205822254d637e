package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;

/** Probe-level {@code terminationGracePeriodSeconds}: forbidden on readiness, and must be > 0. */
final class ProbeTerminationGraceCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-termination-grace";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    YamlNode value = probe.get("terminationGracePeriodSeconds");
    if (!value.hasValue()) {
      return;
    }
    if (!probe.kind().killsOnFailure()) {
      ctx.report(value, probe.container(),
          "%s sets terminationGracePeriodSeconds; the API server rejects it on readiness probes (\"must not be set for readinessProbes\"): a failing readiness probe never stops the container. Remove it, or move it to the liveness or startup probe"
              .formatted(probe.describe()));
      return;
    }
    value.asLong().filter(v -> v <= 0).ifPresent(v -> ctx.report(value, probe.container(),
        "terminationGracePeriodSeconds of %s is %d; the API server rejects it (\"must be greater than 0\"). Set at least 1, or remove it to use the Pod's terminationGracePeriodSeconds"
            .formatted(probe.describe(), v)));
  }
}

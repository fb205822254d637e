package io.podlint.rules.probes;

import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;

/** None of the five numeric probe fields may be negative. */
final class ProbeNegativeValueCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-negative-value";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    for (String field : ProbeTimings.FIELDS) {
      YamlNode value = probe.get(field);
      value.asLong().filter(v -> v < 0).ifPresent(v -> ctx.report(value, probe.container(),
          "%s of %s is %d; the API server rejects negative values (\"must be greater than or equal to 0\"). Use a positive number%s"
              .formatted(field, probe.describe(), v, ProbeTimings.DEFAULTS.containsKey(field)
                  ? " (or remove it for the default %d)".formatted(ProbeTimings.DEFAULTS.get(field)) : " or 0")));
    }
  }
}

package io.podlint.rules.probes;

import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import java.util.Map;

/** A 0 that the API server replaces with the default ({@code initialDelaySeconds: 0} is a real 0). */
final class ProbeZeroDefaultedCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-zero-defaulted";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    for (String field : ProbeTimings.FIELDS) {
      Long defaultValue = ProbeTimings.DEFAULTS.get(field);
      YamlNode value = probe.get(field);
      if (defaultValue != null && value.asLong().filter(v -> v == 0).isPresent()) {
        ctx.report(value, probe.container(),
            "%s: 0 of %s does not mean zero: the API server treats 0 as unset and stores the default %d. Remove it, or set the value you mean%s"
                .formatted(field, probe.describe(), defaultValue, HINTS.getOrDefault(field, "")));
      }
    }
  }

  private static final Map<String, String> HINTS = Map.of(
      "failureThreshold", " (a probe cannot be told to never fail)",
      "periodSeconds", " (the minimum is 1)",
      "timeoutSeconds", " (the minimum is 1)");
}

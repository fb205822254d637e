package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** Plain init containers (not native sidecars) may not have probes or lifecycle hooks. */
final class ProbeOnInitContainerCheck implements WorkloadCheck<NoParams> {
  private static final List<String> FIELDS = List.of("livenessProbe", "readinessProbe", "startupProbe", "lifecycle");

  @Override
  public String id() {
    return "probe-on-init-container";
  }

  /** A probe or lifecycle {field} on an init container that is no sidecar. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "container", "field");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containersOf(ContainerView.Type.INIT)) {
      for (String field : FIELDS) {
        YamlNode value = c.get(field);
        if (value.hasValue()) {
          ctx.report(value, c,
              ctx.text(MESSAGE, c.describe(), field));
        }
      }
    }
  }
}

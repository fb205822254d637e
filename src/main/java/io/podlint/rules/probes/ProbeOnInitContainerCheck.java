package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
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

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containersOf(ContainerView.Type.INIT)) {
      for (String field : FIELDS) {
        YamlNode value = c.get(field);
        if (value.hasValue()) {
          ctx.report(value, c,
              "%s sets %s; the API server rejects it (\"may not be set for init containers without restartPolicy=Always\"): only containers that keep running (app containers and native sidecars) may have probes and lifecycle hooks. Remove %s, or add restartPolicy: Always if the container is meant to keep running as a sidecar"
                  .formatted(c.describe(), field, field));
        }
      }
    }
  }
}

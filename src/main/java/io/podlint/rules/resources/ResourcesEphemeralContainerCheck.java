package io.podlint.rules.resources;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/** Ephemeral containers share the Pod's resources and may not declare their own. */
final class ResourcesEphemeralContainerCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-ephemeral-container";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containersOf(ContainerView.Type.EPHEMERAL)) {
      YamlNode resources = c.get("resources");
      boolean set = resources.entries().stream().anyMatch(e -> e.value().hasValue());
      if (set) {
        ctx.report(resources, c, "%s sets resources; ephemeral containers run within the Pod's existing resources, so the API server rejects it (Forbidden: \"cannot be set for an Ephemeral Container\"): remove resources"
            .formatted(c.describe()));
      }
    }
  }
}

package io.podlint.rules.resources;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;

/** Ephemeral containers share the Pod's resources and may not declare their own. */
final class ResourcesEphemeralContainerCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-ephemeral-container";
  }

  private static final PolicyText MESSAGE = PolicyText.of("message", "container");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containersOf(ContainerView.Type.EPHEMERAL)) {
      YamlNode resources = c.get("resources");
      boolean set = resources.entries().stream().anyMatch(e -> e.value().hasValue());
      if (set) {
        ctx.report(resources, c, ctx.text(MESSAGE, c.describe()));
      }
    }
  }
}

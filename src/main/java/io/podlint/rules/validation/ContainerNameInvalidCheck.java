package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod spec has at least one regular container ({@code validateContainers}). Container names
 * are DNS-1123 labels ({@code validateContainerCommon}) and unique across
 * containers, init containers and ephemeral containers. Like upstream, regular containers are
 * checked first, then init containers against them ({@code validateInitContainers}), then
 * ephemeral ones ({@code validateEphemeralContainers}), so the duplicate reported is the one
 * the API server names.
 */
final class ContainerNameInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "container-name-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode containers = w.podSpec().get("containers");
    if (containers.isSequence() && containers.items().isEmpty()) {
      // validateContainers: the schema requires the field but not an item
      ctx.report(containers, null, ApiErrors.rejectedPodSpec(w, ApiErrors.required(containers.path(), ""),
          "A Pod needs at least one container: list the application container (init and ephemeral containers "
          + "do not count)."), ApiErrors.podSpecConsequence(w));
    }
    List<ContainerView> ordered = new ArrayList<>(w.containersOf(ContainerView.Type.REGULAR));
    for (ContainerView c : w.containers()) {
      if (c.type() == ContainerView.Type.INIT || c.type() == ContainerView.Type.SIDECAR) {
        ordered.add(c);
      }
    }
    ordered.addAll(w.containersOf(ContainerView.Type.EPHEMERAL));
    Map<String, ContainerView> seen = new HashMap<>();
    for (ContainerView c : ordered) {
      YamlNode name = c.get("name");
      if (!name.isString() || Placeholders.isTemplated(name.text())) {
        continue;
      }
      String path = name.path();
      if (name.text().isEmpty()) {
        ctx.report(name, c, ApiErrors.rejectedPodSpec(w, ApiErrors.required(path, ""), "Give the container a name."),
            ApiErrors.podSpecConsequence(w));
        continue;
      }
      List<String> errs = ApiNames.dns1123Label(name.text());
      if (!errs.isEmpty()) {
        ctx.report(name, c, ApiErrors.rejectedPodSpec(w, ApiErrors.invalid(path, name.text(), errs),
            "Container names are DNS labels: up to 63 lowercase letters, digits and '-', starting and ending with "
                + "a letter or digit."), ApiErrors.podSpecConsequence(w));
      }
      ContainerView first = seen.putIfAbsent(name.text(), c);
      if (first != null) {
        ctx.report(name, c, ApiErrors.rejectedPodSpec(w, ApiErrors.duplicate(path, name.text()),
            "The name is already used by the " + first.describe() + " (line " + first.get("name").location().line()
                + "); container names must be unique across containers, initContainers and ephemeralContainers. "
                + "Rename one of them."), ApiErrors.podSpecConsequence(w));
      }
    }
  }
}

package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Map;

/**
 * A topologySpreadConstraints labelSelector that does not match the Pod's own labels: the
 * scheduler counts only the Pods it matches, and placing this Pod adds none of them
 * (podtopologyspread filtering.go: selfMatchNum 0), so the workload's Pods are not spread.
 */
final class TopologySpreadSelectorNotSelfCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "topology-spread-selector-not-self";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Map<String, String> labels = LabelSelector.pairs(w.podMetadata().get("labels"));
    if (labels == null) {
      return;
    }
    for (YamlNode c : w.podSpec().get("topologySpreadConstraints").items()) {
      YamlNode selectorNode = c.get("labelSelector");
      LabelSelector selector = LabelSelector.of(selectorNode);
      if (!selectorNode.isMapping() || !selector.known() || selector.isEmpty() || selector.matches(labels)) {
        continue;
      }
      ctx.report(selectorNode, ("the labelSelector of the spread constraint on %s does not match the Pod's own labels "
          + "(%s): the scheduler counts only the Pods it selects, and placing one of these adds none, so the constraint "
          + "never spreads this workload's Pods").formatted(c.get("topologyKey").text("?"), labels.isEmpty()
              ? "it has none" : String.join(", ", labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                  .toList())));
    }
  }
}

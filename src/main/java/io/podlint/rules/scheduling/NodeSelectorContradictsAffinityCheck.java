package io.podlint.rules.scheduling;

import io.podlint.k8s.NodeSelectorTerms.Conflict;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nodeSelector that no required node affinity term allows: a node must satisfy both, so none
 * can. Terms that cannot match on their own are left to node-affinity-unsatisfiable.
 */
final class NodeSelectorContradictsAffinityCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "node-selector-contradicts-affinity";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Map<String, String> selector = RequiredTerms.nodeSelector(w);
    YamlNode terms = RequiredTerms.termsNode(w);
    if (selector == null || selector.isEmpty()
        || RequiredTerms.allConflict(terms, Map.of(), YamlNode.root(null)).isPresent()) {
      return;
    }
    YamlNode selectorNode = w.podSpec().get("nodeSelector");
    Optional<List<Conflict>> conflicts = RequiredTerms.allConflict(terms, selector, selectorNode);
    if (conflicts.isEmpty()) {
      return;
    }
    // Every term conflicts; one of them with the nodeSelector (the others maybe on their own).
    Conflict first = conflicts.get().stream().filter(c -> c.key() != null && selector.containsKey(c.key()))
        .findFirst().orElse(conflicts.get().get(0));
    ctx.report(first.at(), ("the nodeSelector and the required node affinity cannot both hold (%s): a node must "
        + "satisfy both, so the Pods stay Pending (FailedScheduling: node(s) didn't match Pod's node affinity/selector)")
        .formatted(RequiredTerms.reasons(conflicts.get())));
  }
}

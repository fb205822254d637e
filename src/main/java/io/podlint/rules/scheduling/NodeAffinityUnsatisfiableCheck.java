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

/** Required node affinity whose every term contradicts itself (or is empty): no node can ever match. */
final class NodeAffinityUnsatisfiableCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "node-affinity-unsatisfiable";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode terms = RequiredTerms.termsNode(w);
    Optional<List<Conflict>> conflicts = RequiredTerms.allConflict(terms, Map.of(), YamlNode.root(null));
    if (conflicts.isEmpty()) {
      return;
    }
    YamlNode at = conflicts.get().size() == 1 ? conflicts.get().get(0).at() : terms;
    ctx.report(at, ("no node can match the required node affinity (%s): the scheduler never places the Pods, which "
        + "stay Pending (FailedScheduling: node(s) didn't match Pod's node affinity/selector)")
        .formatted(RequiredTerms.reasons(conflicts.get())));
  }
}

package io.podlint.rules.scheduling;

import io.podlint.model.ClusterProfile;
import io.podlint.model.PodPlacement;
import io.podlint.model.PodPlacement.Cause;
import io.podlint.model.PodPlacement.Verdict;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Map;

/**
 * With a cluster profile: no node pool carries the Pod's nodeSelector labels, may match its
 * required node affinity and has only taints the Pod tolerates (the scheduler's NodeAffinity and
 * TaintToleration filters).
 */
final class NodePoolNoneEligibleCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "node-pool-none-eligible";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    ClusterProfile profile = ctx.settings().clusterProfile();
    if (profile == null || w.podSpec().get("nodeName").hasValue()) {
      return; // a fixed nodeName bypasses the scheduler
    }
    List<Verdict> verdicts = PodPlacement.verdicts(w, profile);
    if (verdicts == null || verdicts.isEmpty() || verdicts.stream().anyMatch(Verdict::eligible)) {
      return;
    }
    Map<String, String> selector = PodPlacement.nodeSelector(w);
    YamlNode terms = RequiredTerms.termsNode(w);
    if (RequiredTerms.allConflict(terms, selector, w.podSpec().get("nodeSelector")).isPresent()) {
      return; // no node at all can match: node-affinity-unsatisfiable or node-selector-contradicts-affinity
    }
    YamlNode at = w.podSpec();
    if (only(verdicts, Cause.NODE_SELECTOR)) {
      at = w.podSpec().get("nodeSelector");
    } else if (only(verdicts, Cause.NODE_AFFINITY)) {
      at = terms;
    }
    List<String> why = verdicts.stream().map(v -> "\"%s\" %s".formatted(v.pool().name(), v.reason())).toList();
    ctx.report(at, ("no node pool of the cluster profile %s can run the Pod: %s; the Pods stay Pending "
        + "(FailedScheduling: node(s) didn't match Pod's node affinity/selector, or had untolerated taints)")
        .formatted(profile.source(), String.join("; ", why)));
  }

  /** Whether every pool with nodes fails on this filter. */
  private static boolean only(List<Verdict> verdicts, Cause cause) {
    List<Verdict> withNodes = verdicts.stream().filter(v -> v.cause() != Cause.NO_NODES).toList();
    return !withNodes.isEmpty() && withNodes.stream().allMatch(v -> v.cause() == cause);
  }
}

package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * With a cluster profile: no node pool both carries the Pod's nodeSelector labels and has only
 * taints the Pod tolerates (the scheduler's NodeAffinity and TaintToleration filters).
 */
final class NoEligiblePoolCheck implements Check<NoParams> {

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
    List<NodePool> eligible = PodPlacement.eligiblePools(w, profile);
    if (eligible == null || !eligible.isEmpty()) {
      return;
    }
    Map<String, String> selector = LabelSelector.pairs(w.podSpec().get("nodeSelector"));
    List<ClusterProfile.Toleration> tolerations = PodPlacement.tolerations(w);
    List<String> why = new ArrayList<>();
    boolean bySelector = true;
    for (NodePool p : profile.pools()) {
      if (p.count() == 0) {
        why.add("\"%s\" has no nodes".formatted(p.name()));
      } else if (!p.matches(selector)) {
        why.add("\"%s\" lacks %s".formatted(p.name(), missing(p, selector)));
      } else {
        bySelector = false;
        why.add("\"%s\" has taints the Pod does not tolerate (%s)".formatted(p.name(), untolerated(p, tolerations)));
      }
    }
    YamlNode at = bySelector && w.podSpec().get("nodeSelector").isMapping() ? w.podSpec().get("nodeSelector") : w.podSpec();
    ctx.report(at, ("no node pool of the cluster profile %s can run the Pod: %s; the Pods stay Pending "
        + "(FailedScheduling: node(s) didn't match Pod's node affinity/selector, or had untolerated taints)")
        .formatted(profile.source(), String.join("; ", why)));
  }

  private static String missing(NodePool p, Map<String, String> selector) {
    List<String> out = new ArrayList<>();
    selector.forEach((k, v) -> {
      if (!p.matches(Map.of(k, v))) {
        out.add(k + "=" + v);
      }
    });
    return String.join(", ", out);
  }

  private static String untolerated(NodePool p, List<ClusterProfile.Toleration> tolerations) {
    List<String> out = new ArrayList<>();
    for (ClusterProfile.Taint t : p.taints()) {
      if (!"PreferNoSchedule".equals(t.effect()) && tolerations.stream().noneMatch(tol -> tol.tolerates(t))) {
        out.add(t.key() + (t.value() == null ? "" : "=" + t.value()) + ":" + t.effect());
      }
    }
    return String.join(", ", out);
  }
}

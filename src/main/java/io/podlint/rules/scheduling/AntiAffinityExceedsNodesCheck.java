package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.PodPlacement;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * With a cluster profile: required pod anti-affinity against the Pod's own labels allows one Pod
 * per node (kubernetes.io/hostname) or per zone (topology.kubernetes.io/zone), and the workload
 * runs more replicas than the pools it may use have nodes (or zones): the extra Pods stay Pending.
 */
final class AntiAffinityExceedsNodesCheck implements WorkloadCheck<NoParams> {
  private static final String HOSTNAME = ClusterProfile.HOSTNAME;
  private static final String ZONE = ClusterProfile.ZONE;

  @Override
  public String id() {
    return "anti-affinity-exceeds-nodes";
  }

  @Override
  public List<String> defaultKinds() {
    return Workload.REPLICATED_KINDS;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    ClusterProfile profile = ctx.settings().clusterProfile();
    Optional<Long> replicas = w.document().root().at("spec.replicas").asLong();
    Map<String, String> labels = LabelSelector.pairs(w.podMetadata().get("labels"));
    if (profile == null || replicas.isEmpty() || replicas.get() < 2 || labels == null) {
      return;
    }
    List<NodePool> pools = PodPlacement.eligiblePools(w, profile);
    if (pools == null || pools.isEmpty()) {
      return; // node-pool-none-eligible
    }
    for (YamlNode term : w.podSpec().at("affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution").items()) {
      YamlNode key = term.get("topologyKey");
      LabelSelector selector = LabelSelector.of(term.get("labelSelector"));
      if (term.get("namespaces").hasValue() || term.get("namespaceSelector").hasValue() || !selector.known()
          || selector.isEmpty() || !selector.matches(labels)) {
        continue;
      }
      long domains;
      String what;
      if (HOSTNAME.equals(key.text())) {
        domains = pools.stream().mapToLong(NodePool::count).sum();
        what = "node";
      } else if (ZONE.equals(key.text()) && pools.stream().noneMatch(p -> p.zones().isEmpty())) {
        Set<String> zones = new HashSet<>();
        pools.forEach(p -> zones.addAll(p.zones()));
        domains = zones.size();
        what = "zone";
      } else {
        continue;
      }
      if (replicas.get() > domains) {
        ctx.report(key, ("required anti-affinity on %s against the Pod's own labels allows one of these Pods per %s, "
            + "but the %s runs %d replicas and the node pools it may use in the cluster profile %s (%s) have %d %s%s: "
            + "%d Pod%s Pending (FailedScheduling: node(s) didn't match pod anti-affinity rules)")
            .formatted(key.text(), what, w.kind(), replicas.get(), profile.source(), ClusterProfile.describe(pools),
                domains, what, domains == 1 ? "" : "s", replicas.get() - domains, replicas.get() - domains == 1 ? " stays" : "s stay"));
        return;
      }
    }
  }
}

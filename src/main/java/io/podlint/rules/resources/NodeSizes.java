package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.Workload;
import io.podlint.model.PodPlacement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The largest node a Pod may land on, per resource: from the cluster profile when one is given
 * (the largest node of the pools its nodeSelector and tolerations allow; of every pool when none
 * does or they cannot be read), else from the check's {@code largestNode} parameter.
 *
 * @param largest allocatable quantities by resource name, in name order
 * @param pools for each resource, the pool it comes from (empty without a profile)
 */
record NodeSizes(Map<String, Quantity> largest, Map<String, NodePool> pools, String profile) {

  static NodeSizes of(Workload w, Map<String, Quantity> fromParams, ClusterProfile profile) {
    if (profile == null) {
      return new NodeSizes(fromParams, Map.of(), null);
    }
    List<NodePool> eligible = PodPlacement.eligiblePools(w, profile);
    ClusterProfile scope = eligible == null || eligible.isEmpty() ? profile : new ClusterProfile(profile.source(), eligible);
    Map<String, Quantity> largest = new LinkedHashMap<>();
    Map<String, NodePool> pools = new LinkedHashMap<>();
    for (String resource : scope.resources()) {
      scope.largest(resource).ifPresent(p -> {
        largest.put(resource, p.allocatable().get(resource));
        pools.put(resource, p);
      });
    }
    return new NodeSizes(largest, pools, profile.source());
  }

  /** Where the size comes from, for messages. */
  String whence(String resource) {
    NodePool p = pools.get(resource);
    return p == null ? "params.largestNode" : "node pool \"%s\" of the cluster profile %s".formatted(p.name(), profile);
  }
}

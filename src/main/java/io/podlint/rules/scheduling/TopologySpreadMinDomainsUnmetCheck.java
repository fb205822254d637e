package io.podlint.rules.scheduling;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.ClusterProfile;
import io.podlint.model.ClusterProfile.NodePool;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * With a cluster profile: a DoNotSchedule spread constraint whose minDomains exceeds the domains
 * the cluster has for its key. The scheduler then takes the global minimum as 0
 * (podtopologyspread filtering.go: minMatchNum), so each domain holds at most maxSkew of the
 * matching Pods, and replicas beyond maxSkew times the domains the Pod may use stay Pending.
 * Only zones and hostnames, whose domains the profile states, are judged.
 */
final class TopologySpreadMinDomainsUnmetCheck implements WorkloadCheck<NoParams> {
  private static final String HOSTNAME = ClusterProfile.HOSTNAME;
  private static final String ZONE = ClusterProfile.ZONE;

  @Override
  public String id() {
    return "topology-spread-min-domains-unmet";
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
    // minDomains is honoured by default from 1.27 (MinDomainsInPodTopologySpread beta, on).
    if (profile == null || replicas.isEmpty() || replicas.get() < 2 || labels == null
        || !ctx.settings().kubernetesVersion().atLeast(27) || w.podSpec().get("nodeName").hasValue()) {
      return;
    }
    List<Verdict> verdicts = PodPlacement.verdicts(w, profile);
    if (verdicts == null) {
      return;
    }
    List<NodePool> eligible = verdicts.stream().filter(Verdict::eligible).map(Verdict::pool).toList();
    if (eligible.isEmpty()) {
      return; // node-pool-none-eligible
    }
    for (YamlNode c : w.podSpec().get("topologySpreadConstraints").items()) {
      YamlNode minDomains = c.get("minDomains");
      Optional<Long> min = minDomains.asLong();
      Optional<Long> maxSkew = c.get("maxSkew").asLong();
      String key = c.get("topologyKey").text();
      YamlNode selectorNode = c.get("labelSelector");
      LabelSelector selector = LabelSelector.of(selectorNode);
      if (!"DoNotSchedule".equals(c.get("whenUnsatisfiable").text()) || min.isEmpty() || maxSkew.isEmpty()
          || maxSkew.get() < 1 || !selectorNode.isMapping() || !selector.known() || !selector.matches(labels)) {
        continue; // the Pods counted are not (only) this workload's: nothing certain
      }
      // Domains are counted on the nodes that pass the Pod's node affinity (nodeAffinityPolicy
      // Honor, the default) whatever their taints (nodeTaintsPolicy Ignore, the default).
      boolean affinity = !"Ignore".equals(c.get("nodeAffinityPolicy").text());
      boolean taints = "Honor".equals(c.get("nodeTaintsPolicy").text());
      List<NodePool> counted = verdicts.stream()
          .filter(v -> v.cause() == null || (v.cause() == Cause.TAINTS && !taints)
              || (!affinity && v.cause() != Cause.NO_NODES))
          .map(Verdict::pool).toList();
      OptionalLong domains = domains(key, counted);
      OptionalLong usable = domains(key, eligible);
      if (domains.isEmpty() || usable.isEmpty() || min.get() <= domains.getAsLong()
          || replicas.get() <= maxSkew.get() * usable.getAsLong()) {
        continue;
      }
      String what = HOSTNAME.equals(key) ? "node" : "zone";
      long fit = maxSkew.get() * usable.getAsLong();
      long pending = replicas.get() - fit;
      ctx.report(minDomains, ("minDomains %d on %s, but the cluster profile %s has %d %s%s for these Pods: with fewer "
          + "domains than minDomains the scheduler takes the global minimum as 0, so each %s holds at most maxSkew (%d) "
          + "of them and the node pools they may use (%s) take %d; the %s runs %d replicas, so %d Pod%s Pending "
          + "(FailedScheduling: node(s) didn't match pod topology spread constraints)")
          .formatted(min.get(), key, profile.source(), domains.getAsLong(), what, domains.getAsLong() == 1 ? "" : "s",
              what, maxSkew.get(), ClusterProfile.describe(eligible), fit, w.kind(), replicas.get(), pending,
              pending == 1 ? " stays" : "s stay"));
      return;
    }
  }

  /** The number of domains of {@code key} over these pools, or empty when the profile does not say. */
  private static OptionalLong domains(String key, List<NodePool> pools) {
    if (HOSTNAME.equals(key)) {
      return OptionalLong.of(pools.stream().mapToLong(NodePool::count).sum());
    }
    if (ZONE.equals(key) && pools.stream().noneMatch(p -> p.zones().isEmpty())) {
      TreeSet<String> zones = new TreeSet<>();
      pools.forEach(p -> zones.addAll(p.zones()));
      return OptionalLong.of(zones.size());
    }
    return OptionalLong.empty();
  }
}

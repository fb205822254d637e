package io.podlint.model;

import io.podlint.k8s.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The node pools of the target cluster ({@code --cluster-profile}): how many nodes, what each can
 * allocate, their labels, taints and zones. Checks that depend on the nodes use it instead of
 * their own assumptions.
 *
 * @param source the profile file, for messages
 */
public record ClusterProfile(String source, List<NodePool> pools) {
  public ClusterProfile {
    pools = List.copyOf(pools);
  }

  /**
   * @param count the number of nodes (a cluster autoscaler's maximum)
   * @param allocatable what one node can allocate, by resource name
   */
  public record NodePool(String name, long count, Map<String, Quantity> allocatable, Map<String, String> labels,
      List<Taint> taints, List<String> zones) {
    public NodePool {
      allocatable = Map.copyOf(allocatable);
      labels = Map.copyOf(labels);
      taints = List.copyOf(taints);
      zones = List.copyOf(zones);
    }

    /**
     * Whether every pair of the nodeSelector is among the pool's labels. The labels the kubelet
     * puts on every node count too: the hostname matches some node of any pool, the zone one of
     * the pool's zones (any zone when it lists none), os and arch any value the pool does not state.
     */
    public boolean matches(Map<String, String> nodeSelector) {
      return nodeSelector.entrySet().stream().allMatch(e -> matches(e.getKey(), e.getValue()));
    }

    private boolean matches(String key, String value) {
      if (labels.containsKey(key)) {
        return value.equals(labels.get(key));
      }
      return switch (key) {
        case "kubernetes.io/hostname" -> true;
        case "topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone" -> zones.isEmpty() || zones.contains(value);
        case "kubernetes.io/os", "kubernetes.io/arch", "beta.kubernetes.io/os", "beta.kubernetes.io/arch" -> true;
        default -> false;
      };
    }

    /**
     * Whether the Pod tolerates every NoSchedule and NoExecute taint of the pool (the
     * scheduler's TaintToleration filter; PreferNoSchedule only weighs).
     */
    public boolean toleratedBy(List<Toleration> tolerations) {
      return taints.stream().filter(t -> !"PreferNoSchedule".equals(t.effect()))
          .allMatch(t -> tolerations.stream().anyMatch(tol -> tol.tolerates(t)));
    }
  }

  public record Taint(String key, String value, String effect) {}

  /** A Pod's toleration; {@code operator} Exists or Equal (the default), empty key with Exists tolerates all. */
  public record Toleration(String key, String operator, String value, String effect) {
    /** k8s.io/api core/v1 Toleration.ToleratesTaint: effect empty or equal, key empty or equal, then the value (Equal) or anything (Exists). */
    public boolean tolerates(Taint t) {
      if (effect != null && !effect.isEmpty() && !effect.equals(t.effect())) {
        return false;
      }
      if (key != null && !key.isEmpty() && !key.equals(t.key())) {
        return false;
      }
      if ("Exists".equals(operator)) {
        return true;
      }
      boolean equal = operator == null || operator.isEmpty() || "Equal".equals(operator);
      return equal && (value == null ? "" : value).equals(t.value() == null ? "" : t.value());
    }
  }

  /** The pool whose nodes allocate the most of a resource, if any pool states it. */
  public Optional<NodePool> largest(String resource) {
    NodePool best = null;
    for (NodePool p : pools) {
      Quantity q = p.allocatable().get(resource);
      if (q != null && p.count() > 0 && (best == null || q.compareTo(best.allocatable().get(resource)) > 0)) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The resource names any pool states, in name order. */
  public List<String> resources() {
    TreeSet<String> names = new TreeSet<>();
    pools.forEach(p -> names.addAll(p.allocatable().keySet()));
    return List.copyOf(names);
  }

  /** The pools a Pod with this nodeSelector and these tolerations may use, in profile order. */
  public List<NodePool> eligible(Map<String, String> nodeSelector, List<Toleration> tolerations) {
    List<NodePool> out = new ArrayList<>();
    for (NodePool p : pools) {
      if (p.count() > 0 && p.matches(nodeSelector) && p.toleratedBy(tolerations)) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code general (3 nodes), gpu (2 nodes)}, for messages. */
  public static String describe(List<NodePool> pools) {
    Map<String, Long> counts = new LinkedHashMap<>();
    pools.forEach(p -> counts.put(p.name(), p.count()));
    List<String> parts = new ArrayList<>();
    counts.forEach((n, c) -> parts.add("%s (%d node%s)".formatted(n, c, c == 1 ? "" : "s")));
    return String.join(", ", parts);
  }
}

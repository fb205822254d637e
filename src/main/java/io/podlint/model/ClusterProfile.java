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
  /** The well-known node labels of topology (kubelet-set, one value per node or zone). */
  public static final String HOSTNAME = "kubernetes.io/hostname";
  public static final String ZONE = "topology.kubernetes.io/zone";

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
     * Whether some node of the pool may match a required node affinity term: every requirement
     * holds ({@code matchFields} are not in the list, the node's name being unknown). Labels are
     * read as for {@link #matches}: the pool's labels are complete, the hostname, os and arch are
     * on every node with a value it may not state, the zone is one of the pool's zones (any value,
     * or none, when it lists none). Each requirement is judged alone, so a term whose requirements
     * only different nodes meet still counts as a match: the answer errs towards "may".
     */
    public boolean mayMatch(List<NodeRequirement> term) {
      return term.stream().allMatch(this::mayMatch);
    }

    private boolean mayMatch(NodeRequirement r) {
      String key = r.key();
      if (labels.containsKey(key)) {
        return r.holds(labels.get(key));
      }
      boolean zone = "topology.kubernetes.io/zone".equals(key) || "failure-domain.beta.kubernetes.io/zone".equals(key);
      if (zone) {
        return zones.isEmpty() || zones.stream().anyMatch(r::holds);
      }
      return switch (key) {
        case "kubernetes.io/hostname", "kubernetes.io/os", "kubernetes.io/arch", "beta.kubernetes.io/os",
            "beta.kubernetes.io/arch" -> !"DoesNotExist".equals(r.operator());
        default -> r.holds(null);
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

  /**
   * One {@code matchExpressions} entry of a node selector term (component-helpers nodeaffinity:
   * In, NotIn, Exists, DoesNotExist, Gt, Lt).
   */
  public record NodeRequirement(String key, String operator, List<String> values) {
    public NodeRequirement {
      values = List.copyOf(values);
    }

    /**
     * Whether a node whose label {@code key} has this value ({@code null}: no such label)
     * satisfies the requirement: Gt and Lt need an integer label (k8s.io/apimachinery labels
     * Requirement.Matches); a malformed Gt/Lt bound is a validation error and not judged here.
     */
    public boolean holds(String value) {
      return switch (operator) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        case "Gt", "Lt" -> {
          Long bound = values.size() == 1 ? integer(values.get(0)) : null;
          if (bound == null) {
            yield true;
          }
          Long v = value == null ? null : integer(value);
          yield v != null && ("Gt".equals(operator) ? v > bound : v < bound);
        }
        default -> true;
      };
    }

    private static Long integer(String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

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

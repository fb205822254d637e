package io.podlint.model;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.ClusterProfile.NodePool;
import io.podlint.model.ClusterProfile.NodeRequirement;
import io.podlint.model.ClusterProfile.Toleration;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which node pools of a cluster profile a Pod may be scheduled to, by the scheduler's filters on
 * the pod spec alone: NodeAffinity (the nodeSelector and the required node affinity terms, both
 * must hold) and TaintToleration (NoSchedule and NoExecute taints). Shared by the scheduling and
 * resource checks and by describe. Anything that cannot be read (a template, a malformed list)
 * makes the answer unknown ({@code null}) rather than a guess.
 */
public final class PodPlacement {
  private PodPlacement() {}

  /**
   * Why a pool cannot run the Pod, or that it can.
   *
   * @param reason null when the pool is eligible, else for messages: {@code lacks pool=batch}
   */
  public record Verdict(NodePool pool, Cause cause, String reason) {
    public boolean eligible() {
      return cause == null;
    }
  }

  /** The first filter a pool fails, in the order they are checked. */
  public enum Cause { NO_NODES, NODE_SELECTOR, NODE_AFFINITY, TAINTS }

  /** The Pod's tolerations; null when they cannot be read. */
  public static List<Toleration> tolerations(Workload w) {
    YamlNode list = w.podSpec().get("tolerations");
    if (list.hasValue() && !list.isSequence()) {
      return null;
    }
    List<Toleration> out = new ArrayList<>();
    for (YamlNode t : list.items()) {
      if (!t.isMapping()) {
        return null;
      }
      for (String field : List.of("key", "operator", "value", "effect")) {
        if (t.get(field).hasValue() && (!t.get(field).isScalar() || templated(t.get(field).text()))) {
          return null;
        }
      }
      out.add(new Toleration(t.get("key").text(), t.get("operator").text(), t.get("value").text(), t.get("effect").text()));
    }
    return out;
  }

  /** The nodeSelector's pairs, or null when they cannot be read. */
  public static Map<String, String> nodeSelector(Workload w) {
    Map<String, String> pairs = LabelSelector.pairs(w.podSpec().get("nodeSelector"));
    if (pairs == null || pairs.entrySet().stream().anyMatch(e -> templated(e.getKey()) || templated(e.getValue()))) {
      return null;
    }
    return pairs;
  }

  /**
   * The required node affinity terms, each as its matchExpressions (ORed across terms, ANDed
   * within one); empty when there are none, null when they cannot be read.
   */
  public static List<List<NodeRequirement>> requiredTerms(Workload w) {
    YamlNode required = w.podSpec().at("affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution");
    if (!required.hasValue()) {
      return List.of();
    }
    YamlNode terms = required.get("nodeSelectorTerms");
    if (!terms.isSequence()) {
      return null;
    }
    List<List<NodeRequirement>> out = new ArrayList<>();
    for (YamlNode term : terms.items()) {
      YamlNode expressions = term.get("matchExpressions");
      YamlNode fields = term.get("matchFields");
      if (!term.isMapping() || (expressions.hasValue() && !expressions.isSequence())
          || (fields.hasValue() && !fields.isSequence())) {
        return null;
      }
      if (expressions.items().isEmpty() && fields.items().isEmpty()) {
        continue; // an empty term matches no node (node-affinity-unsatisfiable)
      }
      List<NodeRequirement> requirements = new ArrayList<>();
      for (YamlNode e : expressions.items()) {
        String key = e.get("key").text();
        String operator = e.get("operator").text();
        if (!e.isMapping() || key == null || operator == null || templated(key)
            || !List.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt").contains(operator)) {
          return null;
        }
        List<String> values = new ArrayList<>();
        for (YamlNode v : e.get("values").items()) {
          if (!v.isScalar() || templated(v.text(""))) {
            return null;
          }
          values.add(v.text(""));
        }
        requirements.add(new NodeRequirement(key, operator, values));
      }
      out.add(requirements);
    }
    return out.isEmpty() ? null : out; // only empty terms: reported as unsatisfiable, not judged here
  }

  /** Each pool of the profile with the first filter it fails, in profile order; null when the spec cannot be read. */
  public static List<Verdict> verdicts(Workload w, ClusterProfile profile) {
    Map<String, String> selector = nodeSelector(w);
    List<List<NodeRequirement>> terms = requiredTerms(w);
    List<Toleration> tolerations = tolerations(w);
    if (selector == null || terms == null || tolerations == null) {
      return null;
    }
    List<Verdict> out = new ArrayList<>();
    for (NodePool p : profile.pools()) {
      if (p.count() == 0) {
        out.add(new Verdict(p, Cause.NO_NODES, "has no nodes"));
      } else if (!p.matches(selector)) {
        out.add(new Verdict(p, Cause.NODE_SELECTOR, "lacks " + missing(p, selector)));
      } else if (!terms.isEmpty() && terms.stream().noneMatch(p::mayMatch)) {
        out.add(new Verdict(p, Cause.NODE_AFFINITY, "matches no term of the required node affinity"));
      } else if (!p.toleratedBy(tolerations)) {
        out.add(new Verdict(p, Cause.TAINTS, "has taints the Pod does not tolerate (" + untolerated(p, tolerations) + ")"));
      } else {
        out.add(new Verdict(p, null, null));
      }
    }
    return out;
  }

  /** The pools the Pod may use, in profile order, or null when the spec cannot be read. */
  public static List<NodePool> eligiblePools(Workload w, ClusterProfile profile) {
    List<Verdict> verdicts = verdicts(w, profile);
    return verdicts == null ? null : verdicts.stream().filter(Verdict::eligible).map(Verdict::pool).toList();
  }

  /**
   * Why one node of the pool cannot hold the Pod's requests (the scheduler's NodeResourcesFit on
   * an empty node), or empty when it can or the pool does not state the resource: {@code
   * requests cpu 8, a node allocates 3920m}.
   */
  public static java.util.Optional<String> tooSmall(NodePool p, PodResources r) {
    List<String> out = new ArrayList<>();
    new java.util.TreeMap<>(p.allocatable()).forEach((name, allocatable) -> r.request(name)
        .filter(q -> q.compareTo(allocatable) > 0)
        .ifPresent(q -> out.add("requests %s %s, a node allocates %s".formatted(name, q.canonical(), allocatable.canonical()))));
    return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", out));
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

  private static String untolerated(NodePool p, List<Toleration> tolerations) {
    List<String> out = new ArrayList<>();
    for (ClusterProfile.Taint t : p.taints()) {
      if (!"PreferNoSchedule".equals(t.effect()) && tolerations.stream().noneMatch(tol -> tol.tolerates(t))) {
        out.add(t.key() + (t.value() == null ? "" : "=" + t.value()) + ":" + t.effect());
      }
    }
    return String.join(", ", out);
  }

  /** An unrendered Helm/Go template or shell variable: its value is only known after rendering. */
  private static boolean templated(String s) {
    return s != null && (s.contains("{{") || s.contains("${"));
  }
}

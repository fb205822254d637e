package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code metav1.LabelSelector} as {@code LabelSelectorAsSelector} turns it into a
 * {@code labels.Selector}: every {@code matchLabels} pair and every {@code matchExpressions}
 * requirement must hold. Validation checks the requirements first (see
 * {@link Requirement#problem()}); an invalid one makes {@code LabelSelectorAsSelector} fail. A
 * selector read from a manifest that podlint cannot read (a templated value, an unknown
 * operator) is not {@link #known()}, and callers then draw no conclusion from it.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions, boolean known) {
  private static final LabelSelector UNKNOWN = new LabelSelector(Map.of(), List.of(), false);

  public LabelSelector {
    matchLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matchLabels));
    matchExpressions = List.copyOf(matchExpressions);
  }

  public LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    this(matchLabels, matchExpressions, true);
  }

  /** The selector of a {@code selector:} mapping with matchLabels/matchExpressions; absent: empty. */
  public static LabelSelector of(YamlNode selector) {
    if (!selector.hasValue()) {
      return new LabelSelector(Map.of(), List.of());
    }
    if (!selector.isMapping()) {
      return UNKNOWN;
    }
    Map<String, String> labels = pairs(selector.get("matchLabels"));
    if (labels == null) {
      return UNKNOWN;
    }
    List<Requirement> requirements = new ArrayList<>();
    YamlNode expressions = selector.get("matchExpressions");
    if (expressions.hasValue() && !expressions.isSequence()) {
      return UNKNOWN;
    }
    for (YamlNode e : expressions.items()) {
      String key = e.get("key").text();
      String operator = e.get("operator").text();
      if (!e.isMapping() || key == null || !Requirement.OPERATORS.contains(operator)) {
        return UNKNOWN;
      }
      List<String> values = new ArrayList<>();
      for (YamlNode v : e.get("values").items()) {
        if (!v.isScalar()) {
          return UNKNOWN;
        }
        values.add(v.text());
      }
      requirements.add(new Requirement(key, operator, values));
    }
    return new LabelSelector(labels, requirements);
  }

  /** A plain {@code key: value} selector (ReplicationController, DeploymentConfig, Service). */
  public static LabelSelector ofMap(YamlNode map) {
    Map<String, String> labels = pairs(map);
    return labels == null ? UNKNOWN : new LabelSelector(labels, List.of());
  }

  /** The {@code key: value} pairs of a mapping; null when it is not a mapping of scalars. */
  public static Map<String, String> pairs(YamlNode map) {
    if (!map.hasValue()) {
      return Map.of();
    }
    if (!map.isMapping()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      if (e.key() == null || !e.value().isScalar()) {
        return null;
      }
      out.put(e.key(), e.value().text(""));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** No label and no expression: {@code LabelSelectorAsSelector} returns {@code labels.Everything()}. */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }

  /** {@code selector.Matches(labels.Set(labels))}; false for a selector podlint could not read. */
  public boolean matches(Map<String, String> labels) {
    if (!known) {
      return false;
    }
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : matchExpressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** One {@code matchExpressions} item. */
  public record Requirement(String key, String operator, List<String> values) {
    public static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    public Requirement {
      values = List.copyOf(values);
    }

    /**
     * {@code ValidateLabelSelectorRequirement}'s complaint about the operator and values, or
     * null: In and NotIn need values, Exists and DoesNotExist take none.
     */
    public String problem() {
      return switch (operator) {
        case "In", "NotIn" -> values.isEmpty() ? "must be specified when `operator` is 'In' or 'NotIn'" : null;
        case "Exists", "DoesNotExist" ->
            values.isEmpty() ? null : "may not be specified when `operator` is 'Exists' or 'DoesNotExist'";
        default -> "not a valid selector operator";
      };
    }

    /** {@code labels.Requirement.Matches}: NotIn and DoesNotExist also match an absent label. */
    public boolean matches(Map<String, String> labels) {
      String v = labels.get(key);
      return switch (operator) {
        case "In" -> v != null && values.contains(v);
        case "NotIn" -> v == null || !values.contains(v);
        case "Exists" -> v != null;
        case "DoesNotExist" -> v == null;
        default -> false;
      };
    }
  }
}

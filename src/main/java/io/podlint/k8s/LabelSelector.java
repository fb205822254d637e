package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code metav1.LabelSelector} ({@code matchLabels} and {@code matchExpressions}) as
 * {@code metav1.LabelSelectorAsSelector} turns it into a selector: every pair and every
 * requirement must hold. A selector podlint cannot read (a templated value, an unknown operator)
 * is not {@link #known()}, and callers then draw no conclusion from it.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions, boolean known) {

  /** One {@code matchExpressions} entry. */
  public record Requirement(String key, String operator, List<String> values) {
    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> false;
      };
    }
  }

  private static final List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");
  private static final LabelSelector UNKNOWN = new LabelSelector(Map.of(), List.of(), false);

  /** The selector of a {@code selector:} mapping with matchLabels/matchExpressions; absent: empty. */
  public static LabelSelector of(YamlNode selector) {
    if (!selector.hasValue()) {
      return new LabelSelector(Map.of(), List.of(), true);
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
      if (!e.isMapping() || key == null || !OPERATORS.contains(operator)) {
        return UNKNOWN;
      }
      List<String> values = new ArrayList<>();
      for (YamlNode v : e.get("values").items()) {
        if (!v.isScalar()) {
          return UNKNOWN;
        }
        values.add(v.text());
      }
      requirements.add(new Requirement(key, operator, List.copyOf(values)));
    }
    return new LabelSelector(labels, List.copyOf(requirements), true);
  }

  /** A plain {@code key: value} selector (ReplicationController, DeploymentConfig, Service). */
  public static LabelSelector ofMap(YamlNode map) {
    Map<String, String> labels = pairs(map);
    return labels == null ? UNKNOWN : new LabelSelector(labels, List.of(), true);
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

  /** No pair and no requirement: {@code LabelSelectorAsSelector} makes it match everything. */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /** Whether a known selector matches these labels. */
  public boolean matches(Map<String, String> labels) {
    if (!known) {
      return false;
    }
    for (Map.Entry<String, String> pair : matchLabels.entrySet()) {
      if (!pair.getValue().equals(labels.get(pair.getKey()))) {
        return false;
      }
    }
    for (Requirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}

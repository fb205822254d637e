package io.podlint.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code metav1.LabelSelector} as {@code LabelSelectorAsSelector} turns it into a
 * {@code labels.Selector}: every {@code matchLabels} pair and every {@code matchExpressions}
 * requirement must hold. The caller has already checked the requirements (see
 * {@link Requirement#problem()}); an invalid one makes {@code LabelSelectorAsSelector} fail.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    matchExpressions = List.copyOf(matchExpressions);
  }

  /** No label and no expression: {@code LabelSelectorAsSelector} returns {@code labels.Everything()}. */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }

  /** {@code selector.Matches(labels.Set(labels))}. */
  public boolean matches(Map<String, String> labels) {
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

package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether any node could satisfy a required node affinity term, alone or together with the Pod's
 * {@code nodeSelector} (both must hold; terms are ORed, the expressions of a term ANDed). An empty
 * term matches no node (component-helpers nodeaffinity.go: "nil or empty term selects no
 * objects"). Only contradictions between the requirements on one label key are found: In/NotIn
 * sets that leave no value, a key that must and must not exist, Gt/Lt bounds with no integer
 * between them. {@code matchFields} (the node's name) is taken to be satisfiable.
 */
public final class NodeSelectorTerms {
  private NodeSelectorTerms() {}

  /**
   * Why a term can never match.
   *
   * @param at the requirement that makes it impossible (the last one on the key), or the term
   * @param reason for messages, e.g. {@code disktype In [ssd] and disktype In [hdd] leave no value}
   */
  public record Conflict(YamlNode at, String key, String reason) {}

  private static final class KeyState {
    Set<String> allowed; // null: any value
    final Set<String> forbidden = new HashSet<>();
    boolean exists;
    boolean notExists;
    Long greater;
    Long less;
    final List<String> said = new ArrayList<>();
    YamlNode last;
  }

  /**
   * The conflict that makes {@code term} unsatisfiable with these fixed labels (the nodeSelector,
   * possibly empty), or empty when some node could match it or the term cannot be read.
   *
   * @param fixedAt the nodeSelector mapping, for conflicts that involve one of its labels
   */
  public static Optional<Conflict> conflict(YamlNode term, Map<String, String> fixed, YamlNode fixedAt) {
    if (!term.isMapping()) {
      return Optional.empty();
    }
    YamlNode expressions = term.get("matchExpressions");
    YamlNode fields = term.get("matchFields");
    if ((expressions.hasValue() && !expressions.isSequence()) || (fields.hasValue() && !fields.isSequence())) {
      return Optional.empty();
    }
    if (expressions.items().isEmpty() && fields.items().isEmpty()) {
      return Optional.of(new Conflict(term, null, "an empty term matches no node"));
    }
    Map<String, KeyState> keys = new LinkedHashMap<>();
    for (YamlNode e : expressions.items()) {
      String key = e.get("key").text();
      String operator = e.get("operator").text();
      if (!e.isMapping() || key == null || operator == null) {
        return Optional.empty();
      }
      List<String> values = new ArrayList<>();
      for (YamlNode v : e.get("values").items()) {
        if (!v.isScalar()) {
          return Optional.empty();
        }
        values.add(v.text(""));
      }
      KeyState k = keys.computeIfAbsent(key, x -> new KeyState());
      if (!apply(k, operator, values)) {
        return Optional.empty(); // an unknown operator or a bad Gt/Lt value: a validation error of its own
      }
      k.said.add(key + " " + operator + (values.isEmpty() ? "" : " " + values));
      k.last = e;
    }
    for (Map.Entry<String, KeyState> e : keys.entrySet()) {
      String value = fixed.get(e.getKey());
      KeyState k = e.getValue();
      if (value != null) {
        apply(k, "In", List.of(value));
        k.said.add(0, "nodeSelector %s: %s".formatted(e.getKey(), value));
      }
      if (!satisfiable(k)) {
        return Optional.of(new Conflict(value != null ? fixedAt.get(e.getKey()) : k.last, e.getKey(),
            String.join(" and ", k.said) + (k.said.size() == 1 ? " matches no node"
                : k.said.size() == 2 ? " cannot both hold" : " cannot all hold")));
      }
    }
    return Optional.empty();
  }

  private static boolean apply(KeyState k, String operator, List<String> values) {
    switch (operator) {
      case "In" -> {
        Set<String> in = new HashSet<>(values);
        if (k.allowed == null) {
          k.allowed = in;
        } else {
          k.allowed.retainAll(in);
        }
        k.exists = true;
      }
      case "NotIn" -> k.forbidden.addAll(values);
      case "Exists" -> k.exists = true;
      case "DoesNotExist" -> k.notExists = true;
      case "Gt", "Lt" -> {
        Optional<Long> n = values.size() == 1 ? integer(values.get(0)) : Optional.empty();
        if (n.isEmpty()) {
          return false;
        }
        k.exists = true;
        if ("Gt".equals(operator)) {
          k.greater = k.greater == null ? n.get() : Math.max(k.greater, n.get());
        } else {
          k.less = k.less == null ? n.get() : Math.min(k.less, n.get());
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean satisfiable(KeyState k) {
    if (k.notExists) {
      return !k.exists;
    }
    if (k.allowed != null) {
      return k.allowed.stream().anyMatch(v -> !k.forbidden.contains(v) && inRange(k, v));
    }
    return k.greater == null || k.less == null || k.less - k.greater >= 2;
  }

  private static boolean inRange(KeyState k, String value) {
    if (k.greater == null && k.less == null) {
      return true;
    }
    Optional<Long> n = integer(value);
    return n.isPresent() && (k.greater == null || n.get() > k.greater) && (k.less == null || n.get() < k.less);
  }

  private static Optional<Long> integer(String s) {
    try {
      return Optional.of(Long.parseLong(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

package io.podlint.k8s.multus;

import java.util.List;

/**
 * Result of {@link NetworkSelectionParser}: the detected form, the parsed elements in annotation
 * order and all problems (sorted by start offset). When a {@link ValueProblem.Kind#SYNTAX} problem
 * stops JSON parsing, {@code elements} is empty.
 */
public record NetworkSelectionResult(
    Form form, List<NetworkSelection> elements, List<ValueProblem> problems) {

  /** How the value was interpreted (Multus: JSON iff it contains any of {@code [ { "}). */
  public enum Form {
    TEXT,
    JSON
  }

  public NetworkSelectionResult {
    elements = List.copyOf(elements);
    problems = List.copyOf(problems);
  }

  /** True if any problem has one of the given kinds (any problem at all when none are given). */
  public boolean hasProblem(ValueProblem.Kind... kinds) {
    if (kinds.length == 0) {
      return !problems.isEmpty();
    }
    for (ValueProblem p : problems) {
      for (ValueProblem.Kind k : kinds) {
        if (p.kind() == k) {
          return true;
        }
      }
    }
    return false;
  }

  /** Problems of the given kind, in order. */
  public List<ValueProblem> problemsOf(ValueProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }
}

package io.podlint.rules.disruption;

import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Budget;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import java.util.List;
import java.util.Optional;

/** Look-ups shared by the budget and autoscaler checks, and how messages name objects. */
final class Related {
  private Related() {}

  /** {@code file:line}. */
  static String where(String source, Location location) {
    return source + ":" + (location == null ? 1 : location.line());
  }

  static String name(PodOwner w) {
    return "%s (%s)".formatted(w.displayName(), where(w.source(), w.location()));
  }

  static String name(Budget b) {
    return "PodDisruptionBudget/%s (%s)".formatted(b.name(), where(b.source(), b.location()));
  }

  static String name(WorkloadFacts.Autoscaler a) {
    return "HorizontalPodAutoscaler/%s (%s)".formatted(a.name(), where(a.source(), a.location()));
  }

  /** The budget recorded for this document. */
  static Optional<Budget> budget(WorkloadFacts facts, String namespace, String source, Location location) {
    return facts.budgetsIn(namespace).stream()
        .filter(b -> b.source().equals(source) && b.location().equals(location)).findFirst();
  }

  /** The workloads a budget selects ({@link WorkloadFacts#selectedBy}). */
  static List<PodOwner> selected(WorkloadFacts facts, Budget b) {
    return facts.selectedBy(b);
  }

  /** Whether the document's selector is one podlint can evaluate and that selects something. */
  static boolean usable(Budget b) {
    return b.selector().known() && !b.selector().isEmpty();
  }

  static Location root(Document d) {
    return d.root().location();
  }
}

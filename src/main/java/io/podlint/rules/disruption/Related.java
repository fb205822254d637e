package io.podlint.rules.disruption;

import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Budget;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.rules.CheckContext;
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

  /** Whether the document is a {@code policy/*} PodDisruptionBudget (the only group that has them). */
  static boolean isPolicyBudget(Document d) {
    return d.apiVersion() != null && d.apiVersion().startsWith("policy/");
  }

  /** What a budget check does with its budget once the index is built. */
  interface BudgetCheck {
    void check(CheckContext.Indexed ix, WorkloadFacts facts, Budget budget);
  }

  /**
   * Runs {@code then} after the index is built, with the budget recorded for this document, when
   * its selector is one podlint can evaluate and selects something ({@link #usable}).
   */
  static void afterIndex(Document d, CheckContext ctx, BudgetCheck then) {
    String namespace = d.effectiveNamespace();
    Location location = d.root().location();
    ctx.afterIndex(ix -> { // ix.source(): for rendered output, the file the budget comes from
      WorkloadFacts facts = ix.index().workloadFacts();
      budget(facts, namespace, ix.source(), location).filter(Related::usable).ifPresent(b -> then.check(ix, facts, b));
    });
  }

  /** What a budget check reports at the budget's selector once the index is built. */
  interface SelectorCheck {
    void check(CheckContext.Indexed ix, WorkloadFacts facts, Budget budget, io.podlint.rules.Anchor selector);
  }

  /**
   * For a {@code policy/*} budget with a selector mapping: {@link #afterIndex}, with the selector's
   * anchor for the finding.
   */
  static void atSelector(Document d, CheckContext ctx, SelectorCheck then) {
    io.podlint.parse.YamlNode selector = d.root().at("spec.selector");
    if (!isPolicyBudget(d) || !selector.isMapping()) {
      return;
    }
    io.podlint.rules.Anchor at = ctx.anchor(selector, null);
    afterIndex(d, ctx, (ix, facts, b) -> then.check(ix, facts, b, at));
  }

  static Location root(Document d) {
    return d.root().location();
  }
}

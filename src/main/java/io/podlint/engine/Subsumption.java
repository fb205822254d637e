package io.podlint.engine;

import io.podlint.model.Finding;
import io.podlint.model.ResourceRef;
import io.podlint.policy.BoundPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cause, one finding: a policy may declare that it is {@code subsumedBy} other rules that
 * report the same cause. When one of those fires on the same object and container (or, without a
 * container, the same field), the subsumed finding is dropped and the remaining one says which
 * rule it also covers.
 *
 * <p>It is decided on every finding before suppressions apply, so that silencing the remaining
 * finding does not bring the subsumed one back, and a suppression of the subsumed rule still
 * counts as used. A rule disabled by the config produces no finding and subsumes nothing.
 */
final class Subsumption {
  private Subsumption() {}

  private record Target(String file, ResourceRef resource, String container, String path) {
    static Target of(Finding f) {
      return new Target(f.file(), f.resource(), f.container(), f.container() == null ? f.path() : null);
    }
  }

  /** What to drop, and for each finding that stays, the rules it also covers (sorted). */
  record Outcome(Set<Finding> dropped, Map<Finding, Set<String>> covers) {
    static final Outcome NONE = new Outcome(Set.of(), Map.of());

    /** {@code kept} without the dropped findings, each remaining one naming the rules it covers. */
    List<Finding> applyTo(List<Finding> kept, Map<String, BoundPolicy> byId) {
      if (dropped.isEmpty()) {
        return kept;
      }
      List<Finding> out = new ArrayList<>(kept.size());
      for (Finding f : kept) {
        if (dropped.contains(f)) {
          continue;
        }
        Set<String> covered = covers.get(f);
        out.add(covered == null ? f : withNote(f, covered, byId));
      }
      return out;
    }
  }

  static Outcome of(List<Finding> all, Map<String, BoundPolicy> byId) {
    Map<Target, Set<String>> rulesAt = null;
    for (Finding f : all) {
      BoundPolicy p = byId.get(f.ruleId());
      if (p != null && !p.policy().subsumedBy().isEmpty()) {
        rulesAt = new HashMap<>();
        break;
      }
    }
    if (rulesAt == null) {
      return Outcome.NONE; // no finding of a subsumable rule: nothing to index
    }
    for (Finding f : all) {
      rulesAt.computeIfAbsent(Target.of(f), k -> new LinkedHashSet<>()).add(f.ruleId());
    }
    Set<Finding> dropped = new LinkedHashSet<>();
    Map<Target, Set<String>> coveredAt = new HashMap<>();
    for (Finding f : all) {
      BoundPolicy p = byId.get(f.ruleId());
      if (p == null || p.policy().subsumedBy().isEmpty()) {
        continue;
      }
      Target t = Target.of(f);
      Set<String> there = rulesAt.get(t);
      if (p.policy().subsumedBy().stream().anyMatch(there::contains)) {
        dropped.add(f);
        coveredAt.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(f.ruleId());
      }
    }
    Map<Finding, Set<String>> covers = new HashMap<>();
    for (Finding f : all) {
      Set<String> covered = coveredAt.get(Target.of(f));
      if (covered != null && !dropped.contains(f)) {
        Set<String> mine = new java.util.TreeSet<>();
        for (String rule : covered) {
          if (byId.get(rule).policy().subsumedBy().contains(f.ruleId())) {
            mine.add(rule);
          }
        }
        if (!mine.isEmpty()) {
          covers.put(f, mine);
        }
      }
    }
    return new Outcome(dropped, covers);
  }

  private static Finding withNote(Finding f, Set<String> covered, Map<String, BoundPolicy> byId) {
    StringBuilder note = new StringBuilder(f.message()).append(" (this also covers ");
    int i = 0;
    for (String rule : covered) {
      String summary = byId.get(rule).policy().summary();
      note.append(i++ > 0 ? "; " : "").append(rule).append(": ")
          .append(Character.toLowerCase(summary.charAt(0))).append(summary.substring(1));
    }
    note.append(')');
    return f.withMessage(note.toString());
  }
}

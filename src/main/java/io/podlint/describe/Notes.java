package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Note;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workload's findings, turned into notes and sorted into the sections of its description:
 * errors go to admission, other findings to the section their category is about.
 */
final class Notes {
  enum Section { SCHEDULING, NETWORK, STARTUP, FAILURE, TERMINATION, OTHER }

  private static final Map<String, Section> BY_CATEGORY = Map.of(
      "resources", Section.SCHEDULING,
      "scheduling", Section.SCHEDULING,
      "network", Section.NETWORK,
      "probes", Section.STARTUP,
      "image", Section.STARTUP,
      "config", Section.STARTUP,
      "volumes", Section.STARTUP,
      "security", Section.STARTUP,
      "restart-policy", Section.FAILURE,
      "termination", Section.TERMINATION);
  private static final Set<String> STAGES = Set.of("rejected", "runtime", "silent");

  private final List<Note> errors = new ArrayList<>();
  private final Map<Section, List<Note>> bySection = new java.util.EnumMap<>(Section.class);

  /** @param summaries each rule's one-line summary, by rule id */
  Notes(List<Finding> findings, Map<String, String> summaries) {
    for (Section s : Section.values()) {
      bySection.put(s, new ArrayList<>());
    }
    for (Finding f : findings) {
      Note n = note(f, summaries.getOrDefault(f.ruleId(), ""));
      if (f.severity() == Severity.ERROR) {
        errors.add(n);
      } else {
        bySection.get(BY_CATEGORY.getOrDefault(f.category(), Section.OTHER)).add(n);
      }
    }
  }

  static Note note(Finding f, String summary) {
    String stage = f.severity() == Severity.ERROR ? stage(f.consequence()) : null;
    return new Note(f.ruleId(), f.severity().label(), stage, summary, f.message(), f.consequence(), f.line(),
        f.column(), f.container());
  }

  /**
   * {@code rejected}, {@code runtime} or {@code silent}, from the first word of a consequence
   * ("Rejected by the API server ...", "Runtime: ...", "Silent: ..."); a consequence in another
   * form counts as a runtime failure.
   */
  static String stage(String consequence) {
    if (consequence == null) {
      return "runtime";
    }
    String first = consequence.strip().split("[\\s:(]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return STAGES.contains(first) ? first : "runtime";
  }

  List<Note> errors() {
    return errors;
  }

  List<Note> of(Section s) {
    return bySection.get(s);
  }
}

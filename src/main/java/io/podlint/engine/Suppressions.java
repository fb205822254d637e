package io.podlint.engine;

import io.podlint.model.Finding;
import io.podlint.model.ResourceRef;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions written in the manifests: annotations on an object or its pod template
 * ({@code ignore.podlint.io/<rule-id>: "[container,...] reason"}) and comments on or above the
 * offending line ({@code # podlint-ignore: rule-id[, rule-id] -- reason}) or anywhere in a file
 * ({@code # podlint-ignore-file: ...}).
 */
public final class Suppressions {
  public static final String ANNOTATION_PREFIX = "ignore.podlint.io/";
  public static final String UNUSED_POLICY = "suppression-unused";
  public static final String NO_REASON_POLICY = "suppression-without-reason";

  private static final Pattern COMMENT = Pattern.compile("^podlint-ignore(-file)?\\s*:?\\s*(.*)$");
  private static final Pattern CONTAINERS = Pattern.compile("^\\[([^\\]]*)\\]\\s*(.*)$", Pattern.DOTALL);

  private Suppressions() {}

  /** Where a suppression applies. */
  public enum Scope { LINE, FILE, OBJECT }

  /**
   * One suppression directive.
   *
   * @param location where the directive is written (for findings about it)
   * @param targetLine for {@link Scope#LINE}, the line it silences
   * @param resource for {@link Scope#OBJECT}, the object it silences
   * @param containers for {@link Scope#OBJECT}, the containers it is limited to (empty: all)
   */
  public record Directive(Scope scope, String file, Location location, int targetLine, ResourceRef resource,
      Set<String> ruleIds, Set<String> containers, String reason) {

    boolean matches(Finding f) {
      // Directives are written in the file that was read, even when a finding is attributed to a
      // Helm template.
      if (!file.equals(f.readFile()) || !ruleIds.contains(f.ruleId())) {
        return false;
      }
      return switch (scope) {
        case LINE -> f.readLine() == targetLine;
        case FILE -> true;
        case OBJECT -> f.resource() != null && Objects.equals(resource.kind(), f.resource().kind())
            && Objects.equals(resource.name(), f.resource().name())
            && Objects.equals(resource.namespace(), f.resource().namespace())
            && (containers.isEmpty() || (f.container() != null && containers.contains(f.container())));
      };
    }

    String describe() {
      return switch (scope) {
        case LINE -> "comment podlint-ignore";
        case FILE -> "comment podlint-ignore-file";
        case OBJECT -> "annotation " + ANNOTATION_PREFIX + String.join(",", ruleIds);
      };
    }
  }

  /** A finding that a directive (or the baseline) silenced. */
  public record Suppressed(Finding finding, String kind, String justification) {}

  /** The directives written in one file's comments (see {@link #ofAnnotations} for its objects). */
  static List<Directive> ofComments(ParsedFile file) {
    List<Directive> out = new ArrayList<>();
    for (ParsedFile.Comment c : file.comments()) {
      Matcher m = COMMENT.matcher(c.text());
      if (!m.matches()) {
        continue;
      }
      String[] parts = m.group(2).split("\\s+--\\s*|\\s*--\\s+|^--\\s*", 2);
      Set<String> ids = new LinkedHashSet<>();
      for (String id : parts[0].split("[,\\s]+")) {
        if (!id.isBlank()) {
          ids.add(id.trim());
        }
      }
      String reason = parts.length > 1 ? parts[1].trim() : "";
      boolean wholeFile = m.group(1) != null;
      out.add(new Directive(wholeFile ? Scope.FILE : Scope.LINE, file.source(), new Location(c.line(), c.column()),
          c.targetLine(), null, java.util.Collections.unmodifiableSet(ids), Set.of(), reason));
    }
    return out;
  }

  /** The directives in one object's annotations and, for a workload, its pod template's. */
  static List<Directive> ofAnnotations(Document d, Optional<Workload> workload) {
    List<Directive> out = new ArrayList<>();
    ResourceRef ref = new ResourceRef(d.apiVersion(), d.kind(), d.name(), d.namespace());
    annotations(d.root().at("metadata.annotations"), d.source(), ref, out);
    workload.filter(w -> !w.isBarePod())
        .ifPresent(w -> annotations(w.podMetadata().get("annotations"), d.source(), ref, out));
    return out;
  }

  private static void annotations(YamlNode annotations, String file, ResourceRef ref, List<Directive> out) {
    for (YamlNode.Entry e : annotations.entries()) {
      if (e.key() == null || !e.key().startsWith(ANNOTATION_PREFIX)) {
        continue;
      }
      String rule = e.key().substring(ANNOTATION_PREFIX.length());
      String value = e.value().text("").trim();
      Set<String> containers = Set.of();
      Matcher m = CONTAINERS.matcher(value);
      if (m.matches()) {
        containers = Set.copyOf(Arrays.stream(m.group(1).split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        value = m.group(2).trim();
      }
      out.add(new Directive(Scope.OBJECT, file, e.keyNode().location(), 0, ref, Set.of(rule), containers, value));
    }
  }

  /** The findings split into kept and suppressed, plus findings about the directives themselves. */
  record Outcome(List<Finding> kept, List<Suppressed> suppressed, List<Finding> meta) {}

  static Outcome apply(List<Finding> findings, List<Directive> directives, Set<String> knownRules,
      BoundPolicy unusedPolicy, BoundPolicy noReasonPolicy) {
    List<Finding> kept = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    boolean[] used = new boolean[directives.size()];
    // Directives by file: a finding is only ever silenced by directives of its own file.
    java.util.Map<String, List<Integer>> byFile = new java.util.HashMap<>();
    for (int i = 0; i < directives.size(); i++) {
      byFile.computeIfAbsent(directives.get(i).file(), k -> new ArrayList<>()).add(i);
    }
    for (Finding f : findings) {
      int match = -1;
      for (int i : byFile.getOrDefault(f.readFile(), List.of())) {
        if (directives.get(i).matches(f)) {
          used[i] = true;
          if (match < 0) {
            match = i;
          }
        }
      }
      if (match < 0) {
        kept.add(f);
      } else {
        Directive d = directives.get(match);
        suppressed.add(new Suppressed(f, d.scope() == Scope.OBJECT ? "annotation" : "comment",
            d.reason().isEmpty() ? "(no reason given)" : d.reason()));
      }
    }
    List<Finding> meta = new ArrayList<>();
    for (int i = 0; i < directives.size(); i++) {
      Directive d = directives.get(i);
      if (noReasonPolicy != null && d.reason().isEmpty()) {
        meta.add(meta(noReasonPolicy, d, "%s for %s gives no reason; say why the finding is accepted so that it can be reviewed later"
            .formatted(d.describe(), String.join(", ", d.ruleIds()))));
      }
      if (unusedPolicy != null && !used[i]) {
        List<String> unknown = d.ruleIds().stream().filter(id -> !knownRules.contains(id)).toList();
        String message = d.ruleIds().isEmpty()
            ? "%s names no rule".formatted(d.describe())
            : !unknown.isEmpty()
                ? "%s names unknown rule \"%s\"%s".formatted(d.describe(), unknown.get(0), Text.didYouMean(unknown.get(0), knownRules))
                : "%s suppresses nothing: no %s finding %s; remove it".formatted(d.describe(),
                    String.join(" or ", d.ruleIds()), d.scope() == Scope.LINE ? "on line " + d.targetLine() : "here");
        meta.add(meta(unusedPolicy, d, message));
      }
    }
    return new Outcome(kept, suppressed, meta);
  }

  private static Finding meta(BoundPolicy p, Directive d, String message) {
    return new Finding(p.id(), p.policy().severity(), p.policy().category(), message, p.policy().consequence(),
        p.policy().remediation(), d.file(), d.location().line(), d.location().column(), d.resource(), null,
        "", null);
  }
}

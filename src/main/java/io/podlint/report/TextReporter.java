package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.util.Plural;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Human text, grouped by file: a clickable {@code file:line:col severity rule-id message} line per
 * finding, its consequence and fix indented below, and a summary line.
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    String currentFile = null;
    for (Finding f : result.findings()) {
      if (!f.file().equals(currentFile)) {
        if (currentFile != null) {
          out.write("\n");
        }
        currentFile = f.file();
        out.write(style(ctx, BOLD, f.file()) + "\n");
      }
      out.write("%s:%d:%d %s %s %s\n".formatted(f.file(), f.line(), f.column(),
          style(ctx, colour(f.severity()), f.severity().label()), style(ctx, DIM, f.ruleId()), f.message()));
      if (f.renderedFrom() != null) {
        out.write("    rendered at: " + f.renderedFrom() + "\n");
      }
      if (f.consequence() != null && !f.consequence().isBlank()) {
        out.write("    consequence: " + f.consequence() + "\n");
      }
      if (f.remediation() != null && !f.remediation().isBlank()) {
        out.write("    fix: " + f.remediation() + "\n");
      }
    }
    Summary s = Summary.of(result);
    if (result.files() == 0 && !result.inputErrors().isEmpty()) {
      out.flush(); // nothing was read: the input errors on standard error say it all
      return;
    }
    if (currentFile != null) {
      out.write("\n");
    }
    String line = s.total() == 0
        ? "no problems found in %s (%s, %s)".formatted(Plural.count(result.files(), "file"),
            Plural.count(result.objects(), "object"), Plural.count(result.workloads(), "workload"))
        : "%s (%s, %s, %d info) in %d of %s".formatted(Plural.count(s.total(), "problem"),
            Plural.count(s.errors(), "error"), Plural.count(s.warnings(), "warning"), s.infos(),
            s.filesWithFindings(), Plural.count(result.files(), "file"));
    out.write(style(ctx, BOLD, line) + "\n");
    if (s.total() > 0) {
      out.write(byRule(result) + "\n");
    }
    out.flush();
  }

  /** {@code by rule: 12 readiness-probe-missing, 3 bare-pod}: most frequent first, then by id. */
  static String byRule(LintResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : result.findings()) {
      counts.merge(f.ruleId(), 1, Integer::sum);
    }
    return "by rule: " + counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String style(ReportContext ctx, String code, String text) {
    return ctx.color() ? code + text + RESET : text;
  }
}

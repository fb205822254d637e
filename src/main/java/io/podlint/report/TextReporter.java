package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import java.io.IOException;
import java.io.Writer;

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
    if (currentFile != null) {
      out.write("\n");
    }
    String line = s.total() == 0
        ? "no problems found in %d %s (%d objects, %d workloads)".formatted(result.files(), plural(result.files(), "file"),
            result.objects(), result.workloads())
        : "%d %s (%d %s, %d %s, %d info) in %d of %d %s".formatted(s.total(), plural(s.total(), "problem"),
            s.errors(), plural(s.errors(), "error"), s.warnings(), plural(s.warnings(), "warning"), s.infos(),
            s.filesWithFindings(), result.files(), plural(result.files(), "file"));
    out.write(style(ctx, BOLD, line) + "\n");
    out.flush();
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
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

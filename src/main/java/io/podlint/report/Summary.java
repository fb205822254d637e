package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Severity;

/** Counts of findings by severity. */
public record Summary(int errors, int warnings, int infos, int filesWithFindings) {
  public static Summary of(LintResult r) {
    int e = 0;
    int w = 0;
    int i = 0;
    for (Finding f : r.findings()) {
      switch (f.severity()) {
        case ERROR -> e++;
        case WARNING -> w++;
        case INFO -> i++;
        default -> throw new IllegalStateException();
      }
    }
    // Files read, not the Helm templates findings were attributed to ("in 1 of 1 file").
    long files = r.findings().stream().map(Finding::readFile).distinct().count();
    return new Summary(e, w, i, (int) files);
  }

  public int total() {
    return errors + warnings + infos;
  }

  public int count(Severity s) {
    return switch (s) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }
}

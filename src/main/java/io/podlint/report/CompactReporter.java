package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * One {@code file:line:col: severity: message [rule-id]} line per finding and nothing else: for
 * IDE problem matchers, output filters and grep.
 */
final class CompactReporter implements Reporter {
  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write("%s:%d:%d: %s: %s [%s]\n".formatted(Lines.oneLine(f.file()), f.line(), f.column(),
          f.severity().label(), Lines.oneLine(f.message()), f.ruleId()));
    }
    out.flush();
  }
}

package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...,title=...::message}),
 * which annotate the lines of a pull request. Info findings become notices.
 */
final class GithubReporter implements Reporter {
  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write("::%s file=%s,line=%d,col=%d,title=%s::%s\n".formatted(command(f.severity()), property(f.file()),
          f.line(), f.column(), property(f.ruleId()), data(f.message())));
    }
    for (String e : result.inputErrors()) {
      out.write("::error title=podlint::" + data(e) + "\n");
    }
    out.flush();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message (the runner's escapeData). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value (the runner's escapeProperty). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

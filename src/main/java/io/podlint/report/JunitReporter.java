package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML (GitLab, Jenkins): a test suite per file, a failing test case per finding, and one
 * passing test case per clean file so that the CI shows which files were checked. Inputs that could
 * not be read are test cases with an error.
 */
final class JunitReporter implements Reporter {
  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    Map<String, List<Finding>> files = Lines.byFile(result);
    int tests = 0;
    int failures = 0;
    for (List<Finding> findings : files.values()) {
      tests += Math.max(1, findings.size());
      failures += findings.size();
    }
    int errors = result.inputErrors().size();
    StringBuilder sb = new StringBuilder(Xml.DECLARATION);
    sb.append("<testsuites name=\"podlint\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n"
        .formatted(tests + errors, failures, errors));
    for (Map.Entry<String, List<Finding>> e : files.entrySet()) {
      String file = Xml.attr(e.getKey());
      List<Finding> findings = e.getValue();
      sb.append("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">\n"
          .formatted(file, Math.max(1, findings.size()), findings.size()));
      if (findings.isEmpty()) {
        sb.append("    <testcase name=\"podlint\" classname=\"%s\" file=\"%s\"/>\n".formatted(file, file));
      }
      for (Finding f : findings) {
        sb.append("    <testcase name=\"%s %d:%d\" classname=\"%s\" file=\"%s\" line=\"%d\">\n"
            .formatted(Xml.attr(f.ruleId()), f.line(), f.column(), file, file, f.line()));
        sb.append("      <failure message=\"%s\" type=\"%s\">%s</failure>\n".formatted(Xml.attr(f.message()),
            f.severity().label(), Xml.text(Lines.details(f))));
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    if (errors > 0) {
      sb.append("  <testsuite name=\"podlint inputs\" tests=\"%d\" failures=\"0\" errors=\"%d\" skipped=\"0\">\n"
          .formatted(errors, errors));
      for (String error : result.inputErrors()) {
        sb.append("    <testcase name=\"%s\" classname=\"podlint inputs\">\n".formatted(Xml.attr(error)));
        sb.append("      <error message=\"%s\" type=\"input\"/>\n".formatted(Xml.attr(error)));
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    sb.append("</testsuites>\n");
    out.write(sb.toString());
    out.flush();
  }
}

package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle 4.3 XML (reviewdog, Jenkins Warnings): a {@code file} element per file checked, clean
 * ones empty, and an {@code error} element per finding with severity error, warning or info.
 */
final class CheckstyleReporter implements Reporter {
  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(Xml.DECLARATION);
    sb.append("<checkstyle version=\"4.3\">\n");
    for (Map.Entry<String, List<Finding>> e : Lines.byFile(result).entrySet()) {
      sb.append("  <file name=\"").append(Xml.attr(e.getKey())).append("\">\n");
      for (Finding f : e.getValue()) {
        sb.append("    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"podlint.%s\"/>\n"
            .formatted(f.line(), f.column(), f.severity().label(), Xml.attr(f.message()), Xml.attr(f.ruleId())));
      }
      sb.append("  </file>\n");
    }
    sb.append("</checkstyle>\n");
    out.write(sb.toString());
    out.flush();
  }
}

package io.podlint.report;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the line-oriented and XML reporters. */
final class Lines {
  private Lines() {}

  /** Line breaks replaced by spaces, so that one finding stays on one line. */
  static String oneLine(String s) {
    return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Every file checked, with its findings, for reports that list clean files too (JUnit,
   * Checkstyle): the files read, in input order, then the Helm templates findings were attributed
   * to. A rendered file (such as standard input) whose findings all went to templates is left out:
   * its templates stand for it.
   */
  static Map<String, List<Finding>> byFile(LintResult result) {
    Map<String, List<Finding>> files = new LinkedHashMap<>();
    java.util.Set<String> rendered = new java.util.HashSet<>();
    for (Finding f : result.findings()) {
      if (f.renderedFrom() != null) {
        rendered.add(f.renderedFrom().file());
      }
    }
    for (String name : result.fileNames()) {
      if (!rendered.contains(name)) {
        files.putIfAbsent(name, new ArrayList<>());
      }
    }
    for (Finding f : result.findings()) {
      files.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    return files;
  }

  /** The finding as one text line, then its rendered location, consequence and fix, one per line. */
  static String details(Finding f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(' ')
        .append(f.severity().label()).append(' ').append(f.ruleId()).append(' ').append(f.message());
    if (f.renderedFrom() != null) {
      sb.append("\nrendered at: ").append(f.renderedFrom());
    }
    if (f.consequence() != null && !f.consequence().isBlank()) {
      sb.append("\nconsequence: ").append(f.consequence().strip());
    }
    if (f.remediation() != null && !f.remediation().isBlank()) {
      sb.append("\nfix: ").append(f.remediation().strip());
    }
    return sb.toString();
  }
}

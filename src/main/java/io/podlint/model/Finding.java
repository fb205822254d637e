package io.podlint.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem, located in a file.
 *
 * @param file display path of the file (relative to the working folder when inside it)
 * @param line 1-based line of the offending node
 * @param column 1-based column of the offending node
 * @param resource the object, or null for file-level problems
 * @param container the container name, or null
 * @param path the field path inside the object, such as {@code spec.template.spec.containers[0].image}
 * @param renderedFrom when a Helm {@code # Source:} marker attributed the finding to a template, the
 *     rendered file, line and column it was found at (else null)
 * @param fix the one certain repair, with edits of {@code file}, or null
 */
public record Finding(String ruleId, Severity severity, String category, String message,
    String consequence, String remediation, String file, int line, int column, ResourceRef resource,
    String container, String path, RenderedLocation renderedFrom, Fix fix) {

  public Finding(String ruleId, Severity severity, String category, String message,
      String consequence, String remediation, String file, int line, int column, ResourceRef resource,
      String container, String path, RenderedLocation renderedFrom) {
    this(ruleId, severity, category, message, consequence, remediation, file, line, column, resource,
        container, path, renderedFrom, null);
  }

  public Finding {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(message);
    Objects.requireNonNull(file);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("findings are 1-based: " + line + ":" + column);
    }
  }

  /**
   * Deterministic report order: file, line, column, rule, message, then the rendered location (a
   * Helm template rendered twice gives two findings at the same template line).
   */
  public static final Comparator<Finding> ORDER = Finding::compareForReport;

  private static final Comparator<RenderedLocation> RENDERED_ORDER = Comparator.nullsFirst(
      Comparator.comparing(RenderedLocation::file).thenComparingInt(RenderedLocation::line)
          .thenComparingInt(RenderedLocation::column));

  /**
   * {@link #ORDER}, written out: sorting is on the single-threaded tail of every run, and the
   * findings of one file share its name and rule ids, which an identity test settles at once.
   */
  private static int compareForReport(Finding a, Finding b) {
    int c = compare(a.file, b.file);
    if (c == 0) {
      c = Integer.compare(a.line, b.line);
    }
    if (c == 0) {
      c = Integer.compare(a.column, b.column);
    }
    if (c == 0) {
      c = compare(a.ruleId, b.ruleId);
    }
    if (c == 0) {
      c = compare(a.message, b.message);
    }
    return c != 0 ? c : RENDERED_ORDER.compare(a.renderedFrom, b.renderedFrom);
  }

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  /** The file the finding was read from: the rendered file for a Helm-attributed finding. */
  public String readFile() {
    return renderedFrom != null ? renderedFrom.file() : file;
  }

  /** The line in {@link #readFile()}. */
  public int readLine() {
    return renderedFrom != null ? renderedFrom.line() : line;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, category, message, consequence, remediation, file, line, column,
        resource, container, path, renderedFrom, fix);
  }

  public Finding withMessage(String m) {
    return new Finding(ruleId, severity, category, m, consequence, remediation, file, line, column,
        resource, container, path, renderedFrom, fix);
  }
}

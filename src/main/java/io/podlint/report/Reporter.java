package io.podlint.report;

import io.podlint.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes the result of a run in one format. */
public interface Reporter {
  void write(LintResult result, ReportContext context, Writer out) throws IOException;
}

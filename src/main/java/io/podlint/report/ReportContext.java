package io.podlint.report;

import io.podlint.policy.BoundPolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * What reporters need besides the findings.
 *
 * @param policies the policies that ran, sorted by id (SARIF rule metadata)
 * @param version podlint's version
 * @param color whether to use ANSI colours
 * @param baseDir the folder relative paths are relative to (SARIF {@code %SRCROOT%})
 */
public record ReportContext(List<BoundPolicy> policies, String version, boolean color, Path baseDir) {
  public ReportContext {
    policies = List.copyOf(policies);
  }
}

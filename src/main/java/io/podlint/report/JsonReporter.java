package io.podlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import java.io.IOException;
import java.io.Writer;

/** The JSON report; its shape is documented in the README and versioned by {@code version}. */
final class JsonReporter implements Reporter {
  /** Bump when a field is removed or changes meaning; adding fields keeps the version. */
  static final int FORMAT_VERSION = 1;

  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "podlint");
    tool.put("version", ctx.version());
    Summary s = Summary.of(result);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.files());
    summary.put("objects", result.objects());
    summary.put("workloads", result.workloads());
    summary.put("errors", s.errors());
    summary.put("warnings", s.warnings());
    summary.put("infos", s.infos());
    summary.put("suppressed", result.suppressed().size());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      findings.add(Json.finding(f));
    }
    ArrayNode suppressed = root.putArray("suppressed");
    for (io.podlint.engine.Suppressions.Suppressed x : result.suppressed()) {
      ObjectNode o = Json.finding(x.finding());
      o.put("suppressedBy", x.kind());
      o.put("justification", x.justification());
      suppressed.add(o);
    }
    ArrayNode workloads = root.putArray("workloads");
    for (io.podlint.engine.WorkloadSummary w : result.workloadSummaries()) {
      workloads.add(workload(w));
    }
    ArrayNode errors = root.putArray("inputErrors");
    result.inputErrors().forEach(errors::add);
    Json.write(root, out);
  }

  private static ObjectNode workload(io.podlint.engine.WorkloadSummary w) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", w.file());
    o.put("line", w.line());
    o.put("kind", w.kind());
    o.put("name", w.name());
    o.put("namespace", w.namespace());
    o.put("qosClass", w.qosClass());
    ObjectNode requests = o.putObject("requests");
    requests.put("cpu", w.cpuRequest());
    requests.put("memory", w.memoryRequest());
    ObjectNode limits = o.putObject("limits");
    limits.put("cpu", w.cpuLimit());
    limits.put("memory", w.memoryLimit());
    return o;
  }
}

package io.podlint.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.model.Finding;
import io.podlint.model.Fingerprints;
import io.podlint.model.ResourceRef;
import java.io.IOException;
import java.io.Writer;

/** Shared JSON helpers for the machine-readable reporters. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static void write(JsonNode node, Writer out) throws IOException {
    out.write(PRETTY.writeValueAsString(node));
    out.write("\n");
    out.flush();
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("ruleId", f.ruleId());
    o.put("severity", f.severity().label());
    o.put("category", f.category());
    o.put("message", f.message());
    o.put("consequence", f.consequence());
    o.put("remediation", f.remediation());
    o.put("file", f.file());
    o.put("line", f.line());
    o.put("column", f.column());
    o.set("resource", resource(f.resource()));
    o.put("container", f.container());
    o.put("path", f.path());
    if (f.renderedFrom() != null) {
      ObjectNode rendered = o.putObject("renderedFrom");
      rendered.put("file", f.renderedFrom().file());
      rendered.put("line", f.renderedFrom().line());
      rendered.put("column", f.renderedFrom().column());
    }
    if (f.fix() != null) {
      ObjectNode fix = o.putObject("fix");
      fix.put("description", f.fix().description());
      var edits = fix.putArray("edits");
      for (io.podlint.parse.TextEdit e : f.fix().edits()) {
        edits.addObject().put("startLine", e.startLine()).put("startColumn", e.startColumn())
            .put("endLine", e.endLine()).put("endColumn", e.endColumn()).put("replacement", e.replacement());
      }
    }
    o.put("fingerprint", Fingerprints.of(f));
    return o;
  }

  private static JsonNode resource(ResourceRef r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("apiVersion", r.apiVersion());
    o.put("kind", r.kind());
    o.put("name", r.name());
    o.put("namespace", r.namespace());
    return o;
  }
}

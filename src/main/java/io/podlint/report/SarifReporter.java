package io.podlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.Fingerprints;
import io.podlint.model.RenderedLocation;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Policy;
import io.podlint.policy.PolicyLoader;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: full rule metadata, a rule index per result,
 * relative artifact URIs against {@code %SRCROOT%}, and fingerprints that survive line shifts.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String RULE_DOCS = "https://github.com/podlint/podlint/blob/main/docs/rules.md#";
  private static final String ROOT = "%SRCROOT%";

  @Override
  public void write(LintResult result, ReportContext ctx, Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "podlint");
    driver.put("semanticVersion", ctx.version());
    driver.put("informationUri", "https://github.com/podlint/podlint");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (BoundPolicy p : ctx.policies()) {
      ruleIndex.put(p.id(), rules.size());
      rules.add(rule(p.policy()));
    }
    ObjectNode base = run.putObject("originalUriBaseIds").putObject(ROOT);
    base.put("uri", directoryUri(ctx.baseDir()));
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      results.add(result(f, ruleIndex));
    }
    for (io.podlint.engine.Suppressions.Suppressed s : result.suppressed()) {
      ObjectNode r = result(s.finding(), ruleIndex);
      ObjectNode suppression = r.putArray("suppressions").addObject();
      suppression.put("kind", "baseline".equals(s.kind()) ? "external" : "inSource");
      suppression.put("justification", s.justification());
      results.add(r);
    }
    run.put("columnKind", "unicodeCodePoints");
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", result.internalErrors().isEmpty());
    if (!result.inputErrors().isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (String e : result.inputErrors()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", e);
      }
    }
    Json.write(root, out);
  }

  private static ObjectNode rule(Policy p) {
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("id", p.id());
    r.put("name", pascal(p.id()));
    r.putObject("shortDescription").put("text", p.summary() + ".");
    r.putObject("fullDescription").put("text", p.description().replace("`", ""));
    ObjectNode help = r.putObject("help");
    help.put("text", "%s\n\nConsequence: %s\n\nFix: %s".formatted(p.description().replace("`", ""),
        p.consequence(), p.remediation()));
    String reference = !p.sources().isEmpty() ? "\n\nSources: " + RuleDocs.sources(p)
        : p.reference() != null ? "\n\nReference: " + p.reference() : "";
    help.put("markdown", "%s\n\n**Consequence:** %s\n\n**Fix:** %s%s"
        .formatted(p.description(), p.consequence(), p.remediation(), reference));
    if (PolicyLoader.isBuiltIn(p)) {
      r.put("helpUri", RULE_DOCS + p.id());
    }
    r.putObject("defaultConfiguration").put("level", p.severity().sarifLevel());
    ObjectNode props = r.putObject("properties");
    props.put("category", p.category());
    props.putArray("tags").add("kubernetes").add(p.category());
    props.put("precision", "high");
    return r;
  }

  private static ObjectNode result(Finding f, Map<String, Integer> ruleIndex) {
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("ruleId", f.ruleId());
    Integer index = ruleIndex.get(f.ruleId());
    if (index != null) {
      r.put("ruleIndex", index);
    }
    r.put("level", f.severity().sarifLevel());
    String text = f.message();
    r.putObject("message").put("text", text.endsWith(".") ? text : text + ".");
    physicalLocation(r.putArray("locations").addObject(), f.file(), f.line(), f.column());
    if (f.renderedFrom() != null) {
      // Attributed to a Helm template; the rendered position is where it was actually found.
      ObjectNode related = r.putArray("relatedLocations").addObject();
      related.put("id", 1);
      RenderedLocation at = f.renderedFrom();
      physicalLocation(related, at.file(), at.line(), at.column());
      related.putObject("message").put("text", "Rendered manifest.");
    }
    if (f.fix() != null) {
      // The same edits as podlint fix: the end of a region is exclusive, as SARIF defines it.
      ObjectNode fix = r.putArray("fixes").addObject();
      fix.putObject("description").put("text", sentence(f.fix().description()));
      ObjectNode change = fix.putArray("artifactChanges").addObject();
      ObjectNode artifact = change.putObject("artifactLocation");
      artifact.put("uri", relativeUri(f.file()));
      if (!Path.of(f.file()).isAbsolute()) {
        artifact.put("uriBaseId", ROOT);
      }
      var replacements = change.putArray("replacements");
      for (io.podlint.parse.TextEdit e : f.fix().edits()) {
        ObjectNode rep = replacements.addObject();
        rep.putObject("deletedRegion").put("startLine", e.startLine()).put("startColumn", e.startColumn())
            .put("endLine", e.endLine()).put("endColumn", e.endColumn());
        rep.putObject("insertedContent").put("text", e.replacement());
      }
    }
    r.putObject("partialFingerprints").put("podlint/v1", Fingerprints.of(f));
    ObjectNode props = r.putObject("properties");
    props.put("category", f.category());
    if (f.resource() != null) {
      props.put("resource", f.resource().kind() + "/" + f.resource().name());
    }
    if (f.container() != null) {
      props.put("container", f.container());
    }
    if (f.path() != null && !f.path().isEmpty()) {
      props.put("path", f.path());
    }
    return r;
  }

  private static String sentence(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
  }

  private static void physicalLocation(ObjectNode location, String file, int line, int column) {
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", relativeUri(file));
    if (!Path.of(file).isAbsolute()) {
      artifact.put("uriBaseId", ROOT);
    }
    ObjectNode region = physical.putObject("region");
    region.put("startLine", line);
    region.put("startColumn", column);
  }

  static String relativeUri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    StringBuilder sb = new StringBuilder();
    for (Path part : p) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(URI.create("x:/" + encode(part.toString())).getRawPath().substring(1));
    }
    return sb.toString();
  }

  private static String encode(String segment) {
    StringBuilder sb = new StringBuilder();
    for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static String directoryUri(Path dir) {
    String uri = dir.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static String pascal(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}

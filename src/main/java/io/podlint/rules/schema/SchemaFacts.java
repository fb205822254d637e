package io.podlint.rules.schema;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;

/**
 * What the schema policies report about an object in the current run, for semantic rules that
 * must not report the same mistake a second time. Both answers take the enabled policies into
 * account: when the schema policy that would explain a mistake does not run, they say false
 * and the semantic rule reports as usual.
 */
public final class SchemaFacts {
  private SchemaFacts() {}

  /**
   * Whether {@code schema-unknown-field} reports a key of {@code mapping} as a misspelling of
   * {@code field}: for example {@code readinessprobe} or {@code readinesProbe} in a container
   * for {@code readinessProbe}. A rule that would report {@code field} as missing should then
   * stay silent: the probe is there, only misspelled, and the schema finding says so.
   */
  public static boolean hasMisspelledKey(CheckContext ctx, Document document, YamlNode mapping, String field) {
    if (!mapping.isMapping()) {
      return false;
    }
    for (SchemaIssue issue : DocumentSchemaIssues.of(document, ctx.settings())) {
      if (issue.problem() == SchemaProblem.UNKNOWN_FIELD && issue.subject() == mapping.raw()
          && field.equals(issue.suggestion()) && issue.isReported(ctx)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a schema or YAML-pitfall policy reports the value {@code node}: a wrong type (an
   * unquoted {@code yes} in a string field included), a value outside its enum, an invalid
   * quantity or base64 text, a broken constraint of an extra schema. A rule that interprets the
   * value (parses a quantity, compares a port) should skip it. Missing fields are not covered.
   */
  public static boolean isReported(CheckContext ctx, Document document, YamlNode node) {
    if (node.isMissing()) {
      return false;
    }
    for (SchemaIssue issue : DocumentSchemaIssues.of(document, ctx.settings())) {
      if (issue.problem() != SchemaProblem.UNKNOWN_FIELD && issue.problem() != SchemaProblem.MISSING_REQUIRED
          && issue.subject() == node.raw() && issue.isReported(ctx)) {
        return true;
      }
    }
    return false;
  }
}

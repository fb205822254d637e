package io.podlint.rules.schema;

import io.podlint.parse.Document;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import java.util.List;
import java.util.Objects;

/**
 * Validates every object whose kind has a schema (bundled Kubernetes kinds, and the kinds of
 * {@code --schema} files) and reports the problems of one {@link SchemaProblem} kind. Each error
 * becomes exactly one finding: a problem that a more specific running policy explains (a YAML
 * pitfall, a bad {@code restartPolicy}) is left to that policy.
 */
final class SchemaCheck implements Check<SchemaCheck.Params> {

  /** @param problem which kind of schema problem the policy reports */
  record Params(SchemaProblem problem) {
    Params {
      Objects.requireNonNull(problem, "params.problem is required (unknown-field, wrong-type, missing-required,"
          + " invalid-enum, constraint, implicit-type or sexagesimal)");
    }
  }

  @Override
  public String id() {
    return "schema";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public void checkDocument(Document document, Params params, CheckContext ctx) {
    for (SchemaIssue issue : DocumentSchemaIssues.of(document, ctx.settings())) {
      if (issue.reportedAs(ctx) == params.problem()) {
        ctx.report(issue.at(), issue.container(), issue.message());
      }
    }
  }
}

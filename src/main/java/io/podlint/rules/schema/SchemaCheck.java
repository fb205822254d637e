package io.podlint.rules.schema;

import io.podlint.k8s.FieldAvailability;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import java.util.List;
import java.util.Objects;

/**
 * Validates every object whose kind has a schema (bundled Kubernetes kinds, and the kinds of
 * {@code --schema} files) and reports the problems of one {@link SchemaProblem} kind. Each error
 * becomes exactly one finding: a problem that a more specific running policy explains (a YAML
 * pitfall, a bad {@code restartPolicy}) is left to that policy.
 */
final class SchemaCheck implements DocumentCheck<SchemaCheck.Params> {

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

  /**
   * Whether an unknown field of the bundled (newest) schema is a field of another release: one
   * that the target still has (removed after it), or one newer than the target that
   * field-newer-than-target reports.
   */
  private static boolean knownToTheTarget(Document document, SchemaIssue issue, CheckContext ctx) {
    KubernetesVersion target = ctx.settings().kubernetesVersion();
    return FieldAvailability.bundled().lookupAt(document.kind(), issue.at().path())
        .map(a -> a.presentIn(target) || (a.newerThan(target) && ctx.isActive("field-newer-than-target")))
        .orElse(false);
  }

  @Override
  public void checkDocument(Document document, Params params, CheckContext ctx) {
    for (SchemaIssue issue : DocumentSchemaIssues.of(document, ctx.settings())) {
      if (issue.problem() == SchemaProblem.UNKNOWN_FIELD && knownToTheTarget(document, issue, ctx)) {
        continue;
      }
      SchemaProblem as = issue.reportedAs(ctx);
      if (as == params.problem()) {
        // A fallback (an implicit type reported as a wrong type) keeps its words, not its fix.
        ctx.report(issue.at(), null, issue.container(), issue.message(), null, as == issue.problem() ? issue.fix() : null);
      }
    }
  }
}

package io.podlint.rules.schema;

import io.podlint.model.ContainerView;
import io.podlint.model.Fix;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One schema problem of an object, located and explained.
 *
 * @param at the node to report at: an unknown key, a bad value, or the mapping that lacks a field
 * @param container the container the node belongs to, or null
 * @param deferredTo a policy that explains this problem better when it runs (such as
 *     {@code restart-policy-invalid} for a bad {@code restartPolicy}), or null
 * @param subject the mapping that holds an unknown key, else the node reported at
 * @param suggestion for an unknown key, the declared field it is probably a misspelling of
 * @param fix the one certain repair, or null
 */
record SchemaIssue(SchemaProblem problem, YamlNode at, ContainerView container, String message,
    String deferredTo, Node subject, String suggestion, Fix fix) {

  SchemaIssue(SchemaProblem problem, YamlNode at, ContainerView container, String message,
      String deferredTo, Node subject, String suggestion) {
    this(problem, at, container, message, deferredTo, subject, suggestion, null);
  }

  /** The problem this issue is reported as in the current run, or null when another policy reports it. */
  SchemaProblem reportedAs(CheckContext ctx) {
    if (deferredTo != null && ctx.isActive(deferredTo)) {
      return null;
    }
    if (problem.fallback() != null && !ctx.isActive(problem.policyId())) {
      return problem.fallback();
    }
    return problem;
  }

  /** Whether some policy of this run reports this issue. */
  boolean isReported(CheckContext ctx) {
    SchemaProblem as = reportedAs(ctx);
    return as != null && ctx.isActive(as.policyId());
  }
}

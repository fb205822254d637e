package io.podlint.rules.validation;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ValidateDeploymentSpec}, {@code ValidateDeploymentStrategy} and
 * {@code ValidateRollingUpdateDeployment} of pkg/apis/apps/validation, and the counts of
 * {@code ValidateReplicaSetSpec} and core's {@code ValidateReplicationControllerSpec}. Both
 * maxSurge and maxUnavailable at 0 is rollout-surge-unavailable-zero's finding.
 */
final class DeploymentSpecInvalidCheck implements DocumentCheck<NoParams> {
  /** apps/v1 and apps/v1beta2 default progressDeadlineSeconds to 600 (SetDefaults_Deployment). */
  static final long DEFAULT_PROGRESS_DEADLINE = 600;
  private static final Set<String> DEFAULTS_PROGRESS_DEADLINE = Set.of("apps/v1", "apps/v1beta2");

  @Override
  public String id() {
    return "deployment-spec-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "ReplicaSet", "ReplicationController");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    YamlNode spec = d.root().get("spec");
    if (!BuiltInKinds.isBuiltIn(d) || !spec.isMapping()) {
      return;
    }
    String kind = d.kind();
    List<String> counts = "Deployment".equals(kind)
        ? List.of("replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds")
        : List.of("replicas", "minReadySeconds");
    for (String field : counts) {
      YamlNode value = spec.get(field);
      if (FieldErrors.isNegative(value)) {
        report(ctx, kind, value, FieldErrors.invalid(value, FieldErrors.NON_NEGATIVE), "Set " + field + " to 0 or more");
      }
    }
    if (!"Deployment".equals(kind)) {
      return;
    }
    checkProgressDeadline(d, spec, ctx);
    YamlNode strategy = spec.get("strategy");
    String type = strategy.get("type").text("RollingUpdate");
    YamlNode rollingUpdate = strategy.get("rollingUpdate");
    if ("Recreate".equals(type) && rollingUpdate.isMapping()) {
      report(ctx, kind, rollingUpdate, FieldErrors.forbidden(rollingUpdate.path(),
          "may not be specified when strategy `type` is 'Recreate'"),
          "Remove strategy.rollingUpdate (Recreate stops every Pod before starting new ones), or use type RollingUpdate");
    }
    if ("RollingUpdate".equals(type) && rollingUpdate.isMapping()) {
      for (String field : List.of("maxUnavailable", "maxSurge")) {
        YamlNode value = rollingUpdate.get(field);
        IntOrPercentField.shapeError(value).ifPresent(e -> report(ctx, kind, value, e, IntOrPercentField.fix(field)));
      }
      YamlNode unavailable = rollingUpdate.get("maxUnavailable");
      IntOrPercentField.above100PercentError(unavailable).ifPresent(e -> report(ctx, kind, unavailable, e,
          "Set maxUnavailable to at most \"100%\""));
    }
  }

  private static void checkProgressDeadline(Document d, YamlNode spec, CheckContext ctx) {
    YamlNode deadline = spec.get("progressDeadlineSeconds");
    YamlNode minReady = spec.get("minReadySeconds");
    Optional<Long> min = FieldErrors.integer(minReady);
    if (min.isEmpty() || min.get() < 0) {
      return;
    }
    Optional<Long> set = FieldErrors.integer(deadline);
    if (set.isPresent()) {
      if (set.get() >= 0 && set.get() <= min.get()) {
        report(ctx, d.kind(), deadline, FieldErrors.invalid(deadline, "must be greater than minReadySeconds"),
            "Set progressDeadlineSeconds above minReadySeconds (" + min.get() + "): a new Pod must get the chance "
            + "to be available before the rollout is declared stuck");
      }
    } else if (!deadline.isPresent() && DEFAULTS_PROGRESS_DEADLINE.contains(d.apiVersion())
        && min.get() >= DEFAULT_PROGRESS_DEADLINE) {
      report(ctx, d.kind(), minReady, FieldErrors.invalid(deadline.path(), String.valueOf(DEFAULT_PROGRESS_DEADLINE),
          "must be greater than minReadySeconds") + " (progressDeadlineSeconds defaults to 600)",
          "Set progressDeadlineSeconds above minReadySeconds, or lower minReadySeconds below 600");
    }
  }

  static void report(CheckContext ctx, String kind, YamlNode at, String apiError, String fix) {
    ctx.report(at, apiError + ". The " + kind + " is not created. " + fix);
  }
}

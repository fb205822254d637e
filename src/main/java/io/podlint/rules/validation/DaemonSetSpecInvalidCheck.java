package io.podlint.rules.validation;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code ValidateDaemonSetSpec}, {@code ValidateDaemonSetUpdateStrategy} and
 * {@code ValidateRollingUpdateDaemonSet} of pkg/apis/apps/validation, after apps/v1 defaulting
 * (maxUnavailable 1, maxSurge 0). Both at 0 is rollout-surge-unavailable-zero's finding.
 */
final class DaemonSetSpecInvalidCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "daemonset-spec-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("DaemonSet");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    YamlNode spec = d.root().get("spec");
    if (!BuiltInKinds.isBuiltIn(d) || !spec.isMapping()) {
      return;
    }
    for (String field : List.of("minReadySeconds", "revisionHistoryLimit")) {
      YamlNode value = spec.get(field);
      if (FieldErrors.isNegative(value)) {
        DeploymentSpecInvalidCheck.report(ctx, d.kind(), value, FieldErrors.invalid(value, FieldErrors.NON_NEGATIVE),
            "Set " + field + " to 0 or more");
      }
    }
    YamlNode strategy = spec.get("updateStrategy");
    String type = io.podlint.model.RolloutStrategy.type(d.kind(), d.apiVersion(), strategy);
    YamlNode rollingUpdate = strategy.get("rollingUpdate");
    if (!"RollingUpdate".equals(type) || !rollingUpdate.isMapping()) {
      return;
    }
    YamlNode unavailable = rollingUpdate.get("maxUnavailable");
    YamlNode surge = rollingUpdate.get("maxSurge");
    boolean malformed = false;
    for (YamlNode value : List.of(unavailable, surge)) {
      var shape = IntOrPercentField.shapeError(value);
      shape.ifPresent(e -> DeploymentSpecInvalidCheck.report(ctx, d.kind(), value, e, IntOrPercentField.fix(value.key())));
      malformed |= shape.isPresent();
      IntOrPercentField.above100PercentError(value).ifPresent(e -> DeploymentSpecInvalidCheck.report(ctx, d.kind(), value, e,
          "Set " + value.key() + " to at most \"100%\""));
    }
    if (malformed) {
      return;
    }
    OptionalLong u = unavailable.hasValue() ? IntOrPercentField.value(unavailable) : OptionalLong.of(1);
    OptionalLong s = surge.hasValue() ? IntOrPercentField.value(surge) : OptionalLong.of(0);
    if (u.isPresent() && s.isPresent() && u.getAsLong() != 0 && s.getAsLong() != 0) {
      String unavailableShown = unavailable.hasValue() ? FieldErrors.value(unavailable) : "1 (the default)";
      DeploymentSpecInvalidCheck.report(ctx, d.kind(), surge, FieldErrors.invalid(surge, "may not be set when maxUnavailable is "
          + "non-zero") + " (maxUnavailable is " + unavailableShown + ")",
          "A DaemonSet rollout either surges or removes Pods first, not both: to surge set maxUnavailable: 0, "
          + "otherwise remove maxSurge");
    }
  }
}

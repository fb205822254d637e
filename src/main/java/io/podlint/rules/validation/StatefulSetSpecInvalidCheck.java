package io.podlint.rules.validation;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code ValidateStatefulSetSpec} and {@code validateRollingUpdateStatefulSet} of
 * pkg/apis/apps/validation: counts, ordinals.start, and the update strategy. Enum values
 * (podManagementPolicy, the retention policy) are the schema rules'; volumeClaimTemplates are
 * pvc-template-invalid's.
 */
final class StatefulSetSpecInvalidCheck implements DocumentCheck<NoParams> {
  /** rollingUpdate.maxUnavailable is validated only behind the MaxUnavailableStatefulSet gate. */
  private static final PolicyText MAX_UNAVAILABLE_GATED = PolicyText.of("maxUnavailableConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MAX_UNAVAILABLE_GATED);
  }

  @Override
  public String id() {
    return "statefulset-spec-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("StatefulSet");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    YamlNode spec = d.root().get("spec");
    if (!BuiltInKinds.isBuiltIn(d) || !spec.isMapping()) {
      return;
    }
    for (YamlNode value : List.of(spec.get("replicas"), spec.get("minReadySeconds"), spec.at("ordinals.start"))) {
      if (FieldErrors.isNegative(value)) {
        String path = value.key().equals("start") ? "spec.ordinals.start" : value.path();
        DeploymentSpecInvalidCheck.report(ctx, d.kind(), value, FieldErrors.invalid(path, value.text(), FieldErrors.NON_NEGATIVE),
            "Set " + value.key() + " to 0 or more");
      }
    }
    YamlNode strategy = spec.get("updateStrategy");
    String type = io.podlint.model.RolloutStrategy.type(d.kind(), d.apiVersion(), strategy);
    YamlNode rollingUpdate = strategy.get("rollingUpdate");
    if ("OnDelete".equals(type) && rollingUpdate.isMapping()) {
      DeploymentSpecInvalidCheck.report(ctx, d.kind(), rollingUpdate, FieldErrors.invalid(rollingUpdate.path(), "{...}",
          "only allowed for updateStrategy 'RollingUpdate'"),
          "Remove updateStrategy.rollingUpdate (OnDelete replaces a Pod only when you delete it), or use type RollingUpdate");
    }
    if (!"RollingUpdate".equals(type) || !rollingUpdate.isMapping()) {
      return;
    }
    YamlNode partition = rollingUpdate.get("partition");
    if (FieldErrors.isNegative(partition)) {
      DeploymentSpecInvalidCheck.report(ctx, d.kind(), partition, FieldErrors.invalid(partition, FieldErrors.NON_NEGATIVE),
          "Set partition to 0 (update every Pod) or to the lowest ordinal to update");
    }
    YamlNode unavailable = rollingUpdate.get("maxUnavailable");
    if (!unavailable.hasValue()) {
      return;
    }
    String fix = "Set maxUnavailable to a number from 1 or a percentage from \"1%\" to \"100%\", or remove it (1)";
    var shape = IntOrPercentField.shapeError(unavailable);
    if (shape.isPresent()) {
      ctx.report(unavailable, null, shape.get() + ". " + fix, ctx.text(MAX_UNAVAILABLE_GATED));
      return;
    }
    OptionalLong v = IntOrPercentField.value(unavailable);
    if (v.isPresent() && v.getAsLong() == 0) {
      ctx.report(unavailable, null, FieldErrors.invalid(unavailable, "cannot be 0") + ". " + fix, ctx.text(MAX_UNAVAILABLE_GATED));
    }
    IntOrPercentField.above100PercentError(unavailable).ifPresent(e -> ctx.report(unavailable, null, e + ". " + fix,
        ctx.text(MAX_UNAVAILABLE_GATED)));
  }
}

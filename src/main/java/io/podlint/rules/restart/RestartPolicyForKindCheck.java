package io.podlint.rules.restart;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.schema.SchemaFacts;

/**
 * The pod template's restart policy must suit its controller: Always for Deployment,
 * StatefulSet, DaemonSet, ReplicaSet and ReplicationController; OnFailure or Never, set
 * explicitly, for Job and CronJob (and only Never with a podFailurePolicy).
 */
final class RestartPolicyForKindCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "restart-policy-for-kind";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = w.podSpec().get("restartPolicy");
    String policy = value.text();
    if (value.hasValue() && !RestartPolicyInvalidCheck.isValid(policy)) {
      return; // an invalid value is reported by restart-policy-invalid
    }
    if (w.isController() && policy != null && !"Always".equals(policy)) {
      ctx.report(value, null, "%s pods must use restartPolicy \"Always\"; %s rejects \"%s\" for a %s"
          .formatted(w.kind(), io.podlint.rules.ControllerKinds.rejecter(w), policy, w.kind()),
          io.podlint.rules.ControllerKinds.rejectionConsequence(w));
    } else if (w.isJob()) {
      checkJob(w, value, policy, ctx);
    }
  }

  private static void checkJob(Workload w, YamlNode value, String policy, CheckContext ctx) {
    if (policy == null) {
      if (SchemaFacts.hasMisspelledKey(ctx, w.document(), w.podSpec(), "restartPolicy")) {
        return; // a misspelled restartpolicy: schema-unknown-field reports it, with the fix
      }
      ctx.report(w.podSpec(), "the %s's pod template sets no restartPolicy; it defaults to \"Always\", which the API server rejects for a %s: set \"OnFailure\" or \"Never\""
          .formatted(w.kind(), w.kind()));
      return;
    }
    if ("Always".equals(policy)) {
      ctx.report(value, "a %s's pods must use restartPolicy \"OnFailure\" or \"Never\"; the API server rejects \"Always\""
          .formatted(w.kind()));
      return;
    }
    YamlNode jobSpec = "CronJob".equals(w.kind()) ? w.document().root().at("spec.jobTemplate.spec") : w.document().root().get("spec");
    if ("OnFailure".equals(policy) && jobSpec.get("podFailurePolicy").hasValue()) {
      ctx.report(value, "a %s with a podFailurePolicy must use restartPolicy \"Never\"; the API server rejects \"OnFailure\""
          .formatted(w.kind()));
    }
  }
}

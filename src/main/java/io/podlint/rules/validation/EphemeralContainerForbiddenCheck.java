package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/**
 * Ephemeral containers are added to a running Pod through its {@code ephemeralcontainers}
 * subresource ({@code kubectl debug}), never declared: {@code ValidatePodTemplateSpec} forbids
 * them in pod templates, {@code ValidatePodCreate} on a new Pod.
 */
final class EphemeralContainerForbiddenCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "ephemeral-container-forbidden";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode ephemeral = w.podSpec().get("ephemeralContainers");
    if (!ephemeral.isSequence() || ephemeral.items().isEmpty()) {
      return;
    }
    String detail = w.isBarePod() ? "cannot be set on create" : "ephemeral containers not allowed in pod template";
    ctx.report(ephemeral, null, ApiErrors.rejectedPodSpec(w, ApiErrors.forbidden(ephemeral.path(), detail),
        "Remove ephemeralContainers; to debug a running Pod, add one with kubectl debug."),
        ApiErrors.podSpecConsequence(w));
  }
}

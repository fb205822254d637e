package io.podlint.rules.validation;

import io.podlint.k8s.Quantity;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * {@code ValidatePersistentVolumeClaimSpec} of pkg/apis/core/validation for the claims a workload
 * templates: generic ephemeral volumes ({@code validateEphemeralVolumeSource}, checked when the
 * workload is created) and StatefulSet volumeClaimTemplates (not validated with the StatefulSet:
 * the controller's PersistentVolumeClaims are rejected later, one per Pod).
 */
final class PvcTemplateInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "pvc-template-invalid";
  }

  /** A StatefulSet's volumeClaimTemplates: validated only when its controller creates the claims. */
  private static final PolicyText STATEFULSET_CONSEQUENCE = PolicyText.of("claimTemplateConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(STATEFULSET_CONSEQUENCE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      YamlNode spec = volume.at("ephemeral.volumeClaimTemplate.spec");
      if (spec.isMapping()) {
        check(spec, ctx, (at, error, fix) -> ctx.report(at, null, error + ". The " + w.kind() + " is not created. " + fix,
            io.podlint.rules.StatefulSetTemplates.rejectionConsequence(w)));
      }
    }
    if (!"StatefulSet".equals(w.kind())) {
      return;
    }
    for (YamlNode claim : w.document().root().at("spec.volumeClaimTemplates").items()) {
      YamlNode spec = claim.get("spec");
      if (spec.isMapping()) {
        check(spec, ctx, (at, error, fix) -> ctx.report(at, null, error.replaceFirst("^spec\\.volumeClaimTemplates\\[\\d+\\]\\.", "")
            + " (for each claim the controller creates from " + claim.path() + "). The StatefulSet is accepted but "
            + "none of its Pods is created. " + fix, ctx.text(STATEFULSET_CONSEQUENCE)));
      }
    }
  }

  private interface Sink {
    void report(YamlNode at, String apiError, String fix);
  }

  private static void check(YamlNode spec, CheckContext ctx, Sink sink) {
    YamlNode modes = spec.get("accessModes");
    List<String> values = modes.items().stream().map(m -> m.text("")).toList();
    if (values.isEmpty()) {
      sink.report(modes.isPresent() ? modes : spec, FieldErrors.required(modes.path(), "at least 1 access mode is "
          + "required"), "Add accessModes, usually [ReadWriteOnce]");
    } else if (values.contains("ReadWriteOncePod") && values.stream().anyMatch(m -> !m.equals("ReadWriteOncePod")
        && List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany").contains(m))) {
      sink.report(modes, FieldErrors.forbidden(modes.path(), "may not use ReadWriteOncePod with other access modes")
, "Keep ReadWriteOncePod alone, or drop it");
    }
    YamlNode requests = spec.at("resources.requests");
    YamlNode storage = requests.get("storage");
    String storagePath = spec.get("resources").path() + "[storage]";
    if (!storage.isScalar()) {
      sink.report(requests.isPresent() ? requests : spec, FieldErrors.required(storagePath, ""),
          "Request a size, such as resources.requests.storage: 1Gi");
      return;
    }
    Optional<Quantity> q = Quantity.tryParse(storage.text());
    if (q.isPresent() && q.get().signum() <= 0) {
      sink.report(storage, FieldErrors.invalid(storagePath, FieldErrors.value(storage), "must be greater than zero"),
          "Request a positive size, such as 1Gi");
    }
  }
}

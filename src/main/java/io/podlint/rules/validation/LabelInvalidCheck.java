package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Map;

/**
 * {@code ValidateLabels} on the object's labels, its pod template's labels
 * ({@code ValidatePodTemplateSpec}) and the pod spec's {@code nodeSelector}
 * ({@code ValidatePodSpec}). Selector labels belong to selector-mismatch.
 */
final class LabelInvalidCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "label-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!ObjectMetadata.isApiObject(d)) {
      return;
    }
    java.util.Optional<Workload> workload = Workload.of(d, Map.of()); // built-in kinds only: one view for both
    for (YamlNode meta : ObjectMetadata.metadataOf(d, workload)) {
      report(d, MetadataFields.labels(meta.get("labels")), ctx);
    }
    workload.ifPresent(w -> report(d, MetadataFields.labels(w.podSpec().get("nodeSelector")), ctx));
  }

  private static void report(Document d, List<MetadataFields.Problem> problems, CheckContext ctx) {
    for (MetadataFields.Problem p : problems) {
      ctx.report(p.at(), ApiErrors.rejected(d, p.error(), "Label keys are an optional DNS-subdomain prefix and '/' "
          + "then up to 63 letters, digits, '-', '_' or '.'; values are empty or up to 63 of those, starting and "
          + "ending with a letter or digit. Move free text to an annotation."));
    }
  }
}

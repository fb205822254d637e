package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;

/**
 * {@code ValidateAnnotations} on the object's annotations and its pod template's: keys are
 * qualified names (checked lower-cased), keys and values together at most 256 KiB.
 */
final class AnnotationInvalidCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "annotation-invalid";
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
    for (YamlNode meta : ObjectMetadata.metadataOf(d)) {
      YamlNode annotations = meta.get("annotations");
      if (!annotations.isMapping()) {
        continue;
      }
      String path = annotations.path();
      long size = 0;
      for (YamlNode.Entry e : annotations.entries()) {
        if (e.key() == null) {
          continue;
        }
        size += ApiNames.bytes(e.key()) + (e.value().isScalar() ? ApiNames.bytes(e.value().text()) : 0);
        if (Placeholders.isTemplated(e.key())) {
          continue;
        }
        List<String> errs = ApiNames.annotationKey(e.key());
        if (!errs.isEmpty()) {
          ctx.report(e.keyNode(), ApiErrors.rejected(d, ApiErrors.invalid(path, e.key(), errs),
              "Annotation keys are an optional DNS-subdomain prefix and '/' then up to 63 letters, digits, '-', "
                  + "'_' or '.'."));
        }
      }
      if (size > ApiNames.TOTAL_ANNOTATION_SIZE_LIMIT) {
        ctx.report(annotations, ApiErrors.rejected(d, ApiErrors.tooLong(path, ApiNames.TOTAL_ANNOTATION_SIZE_LIMIT)
            + " (keys and values add up to " + size + " bytes)", "Keep large data in a ConfigMap, or drop the "
                + "last-applied-configuration annotation by using server-side apply."));
      }
    }
  }
}

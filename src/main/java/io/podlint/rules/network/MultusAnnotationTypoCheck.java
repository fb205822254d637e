package io.podlint.rules.network;

import io.podlint.model.Fix;
import io.podlint.parse.NodeEdits;
import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/**
 * An annotation key that is almost a Multus key: the API server accepts it and Multus never
 * reads it. Looked for on the Pod's (template's) metadata and on the workload's own.
 */
final class MultusAnnotationTypoCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "multus-annotation-typo";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (MultusAnnotations.Place place : MultusAnnotations.all(w)) {
      for (YamlNode.Entry e : place.annotations().entries()) {
        Optional<String> real = AnnotationKeys.nearMiss(e.key());
        if (real.isPresent()) {
          ctx.report(e.keyNode(), null, null, message(w, place, e.key(), real.get()), null,
              place.read() ? renameFix(place.annotations(), e, real.get()) : null);
        }
      }
    }
  }

  /**
   * Renames the key to the selection annotation it misspells, when that spelling is certain and
   * not already present; a misspelt status or resourceName key is better removed, and an annotation
   * on metadata Multus does not read has to move, so those get none.
   */
  private static Fix renameFix(YamlNode annotations, YamlNode.Entry e, String real) {
    boolean selection = real.equals(AnnotationKeys.NETWORKS) || real.equals(AnnotationKeys.DEFAULT_NETWORK);
    if (!selection || annotations.has(real) || !AnnotationKeys.certainNearMiss(e.key()).equals(Optional.of(real))
        || annotations.entries().stream().filter(x -> AnnotationKeys.nearMiss(x.key()).equals(Optional.of(real))).count() != 1) {
      return null;
    }
    return NodeEdits.replaceScalar(e.keyNode(), real)
        .map(edit -> Fix.of("rename the annotation \"" + e.key() + "\" to \"" + real + "\"", edit)).orElse(null);
  }

  private static String message(Workload w, MultusAnnotations.Place place, String key, String real) {
    String effect = switch (real) {
      case AnnotationKeys.NETWORKS -> "Multus ignores it, so the Pod gets none of these secondary networks";
      case AnnotationKeys.DEFAULT_NETWORK -> "Multus ignores it, so the Pod stays on the cluster default network";
      case AnnotationKeys.RESOURCE_NAME -> "nothing reads it; resourceName belongs on the NetworkAttachmentDefinition anyway";
      default -> "nothing reads it; Multus writes its status annotation itself, so remove it";
    };
    String where = place.read() ? "" : "; and annotations on " + place.where()
        + " are never read: Multus annotations belong under " + MultusAnnotations.podAnnotationsPath(w);
    return "annotation \"%s\" on %s is not a Multus key (did you mean \"%s\"?): the API server accepts any well-formed key and %s%s"
        .formatted(key, place.where(), real, effect, where);
  }
}

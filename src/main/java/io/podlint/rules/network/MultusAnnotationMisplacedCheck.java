package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Multus annotations where Multus never reads them: network selections on the workload's own
 * metadata instead of the pod template's, and {@code resourceName} (a NetworkAttachmentDefinition
 * annotation) on a workload.
 */
final class MultusAnnotationMisplacedCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "multus-annotation-misplaced";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode podAnnotations = MultusAnnotations.pod(w).annotations();
    for (MultusAnnotations.Place place : MultusAnnotations.workload(w)) {
      for (String key : List.of(AnnotationKeys.NETWORKS, AnnotationKeys.DEFAULT_NETWORK)) {
        Optional<YamlNode.Entry> e = MultusAnnotations.entry(place.annotations(), key);
        if (e.isEmpty()) {
          continue;
        }
        Optional<YamlNode.Entry> inPod = MultusAnnotations.entry(podAnnotations, key);
        String value = e.get().value().text();
        if (inPod.isPresent() && Objects.equals(inPod.get().value().text(), value)) {
          continue; // also set, identically, where it counts
        }
        String effect = key.equals(AnnotationKeys.NETWORKS)
            ? "so the Pods get none of these secondary networks" : "so the Pods stay on the cluster default network";
        String other = inPod.isPresent() ? "; the pod template sets a different value, which is the one that applies" : "";
        ctx.report(e.get().keyNode(), null,
            "annotation \"%s\" is on %s, which Multus never reads (it only reads the Pod's own annotations), %s: move it to %s%s"
                .formatted(key, place.where(), effect, MultusAnnotations.podAnnotationsPath(w), other));
      }
    }
    for (MultusAnnotations.Place place : MultusAnnotations.all(w)) {
      MultusAnnotations.entry(place.annotations(), AnnotationKeys.RESOURCE_NAME).ifPresent(e ->
          ctx.report(e.keyNode(), null,
              "annotation \"%s\" on %s does nothing: Multus reads it from the NetworkAttachmentDefinition, to find the device-plugin resource (e.g. SR-IOV VFs) of that network; move it to the NetworkAttachmentDefinition and request the resource in the container's resources"
                  .formatted(AnnotationKeys.RESOURCE_NAME, place.where())));
    }
  }
}

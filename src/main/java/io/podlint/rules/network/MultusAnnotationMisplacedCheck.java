package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
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

  /** A selection annotation on {place}: {effect} for the Pods, {other} notes a differing pod-template value. */
  private static final PolicyText SELECTION = PolicyText.of("selectionMessage", "key", "place", "effect", "podAnnotations", "other");
  /** The resourceName annotation, which belongs on the NetworkAttachmentDefinition. */
  private static final PolicyText RESOURCE_NAME = PolicyText.of("resourceNameMessage", "key", "place");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(SELECTION, RESOURCE_NAME);
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
            ctx.text(SELECTION, key, place.where(), effect, MultusAnnotations.podAnnotationsPath(w), other));
      }
    }
    for (MultusAnnotations.Place place : MultusAnnotations.all(w)) {
      MultusAnnotations.entry(place.annotations(), AnnotationKeys.RESOURCE_NAME).ifPresent(e ->
          ctx.report(e.keyNode(), null,
              ctx.text(RESOURCE_NAME, AnnotationKeys.RESOURCE_NAME, place.where())));
    }
  }
}

package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a workload keeps annotations, and which of those mappings Multus reads. */
final class MultusAnnotations {
  private MultusAnnotations() {}

  /**
   * An annotations mapping with words for messages.
   *
   * @param read whether Multus reads it (the Pod's own annotations) or never sees it
   */
  record Place(YamlNode annotations, String where, boolean read) {}

  /** The annotations Multus reads: the bare Pod's, or the pod template's. */
  static Place pod(Workload w) {
    return new Place(w.podMetadata().get("annotations"),
        w.isBarePod() ? "the Pod's metadata" : "the pod template's metadata", true);
  }

  /** Annotations of the workload object itself (and of a CronJob's Job template): never read. */
  static List<Place> workload(Workload w) {
    List<Place> out = new ArrayList<>();
    if (w.isBarePod()) {
      return out;
    }
    YamlNode root = w.document().root();
    out.add(new Place(root.at("metadata.annotations"), "the " + w.kind() + "'s own metadata", false));
    if ("CronJob".equals(w.kind())) {
      out.add(new Place(root.at("spec.jobTemplate.metadata.annotations"), "the CronJob's jobTemplate metadata", false));
    }
    return out;
  }

  /** The pod's places first, then the workload's. */
  static List<Place> all(Workload w) {
    List<Place> out = new ArrayList<>();
    out.add(pod(w));
    out.addAll(workload(w));
    return out;
  }

  /** The entry for {@code key} (the last one when repeated, as the API server keeps it). */
  static Optional<YamlNode.Entry> entry(YamlNode annotations, String key) {
    YamlNode.Entry found = null;
    for (YamlNode.Entry e : annotations.entries()) {
      if (key.equals(e.key())) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The dotted path where pod annotations belong, for messages. */
  static String podAnnotationsPath(Workload w) {
    String p = w.podMetadata().path();
    return (p.isEmpty() ? "" : p + ".") + "annotations";
  }

  /** {@code networks} or {@code default-network} with a non-empty value. */
  static boolean hasSelection(YamlNode annotations) {
    for (String key : List.of(AnnotationKeys.NETWORKS, AnnotationKeys.DEFAULT_NETWORK)) {
      Optional<YamlNode.Entry> e = entry(annotations, key);
      if (e.isPresent() && !e.get().value().text("").isBlank()) {
        return true;
      }
    }
    return false;
  }
}

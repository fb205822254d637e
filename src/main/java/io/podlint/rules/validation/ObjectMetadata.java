package io.podlint.rules.validation;

import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metadata mappings of an object that the API server validates as ObjectMeta. */
final class ObjectMetadata {
  private ObjectMetadata() {}

  /** Files read by client tools, never sent to the API server. */
  private static final Set<String> CLIENT_SIDE_GROUPS = Set.of("kustomize.config.k8s.io", "kind.x-k8s.io",
      "config.kubernetes.io", "kpt.dev", "skaffold.dev");

  /** Whether {@code d} is an API object (not a List, not a client-side configuration file). */
  static boolean isApiObject(Document d) {
    if (d.kind() == null || d.apiVersion() == null || d.kind().endsWith("List")) {
      return false;
    }
    return !CLIENT_SIDE_GROUPS.contains(ObjectNameInvalidCheck.group(d.apiVersion()));
  }

  /** The object's own metadata, then the pod template's for a built-in workload kind. */
  static List<YamlNode> metadataOf(Document d) {
    return metadataOf(d, Workload.of(d, Map.of()));
  }

  /** {@link #metadataOf(Document)} with the document's built-in workload view, already built. */
  static List<YamlNode> metadataOf(Document d, java.util.Optional<Workload> workload) {
    List<YamlNode> out = new ArrayList<>();
    out.add(d.root().get("metadata"));
    workload.filter(w -> !w.isBarePod()).ifPresent(w -> out.add(w.podMetadata()));
    return out;
  }
}

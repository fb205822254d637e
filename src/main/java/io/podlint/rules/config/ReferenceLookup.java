package io.podlint.rules.config;

import io.podlint.model.InputIndex;
import io.podlint.rules.Text;
import java.util.List;

/** Whether a referenced object is missing from the input, judged namespace by namespace. */
final class ReferenceLookup {
  private ReferenceLookup() {}

  /**
   * True when the object is not in the input and the input is taken to hold every object of that
   * kind in the namespace: the closed-world setting says so, or the input holds at least one in
   * the workload's folder or below it. Objects of unrelated folders do not count, because a
   * repository of separate examples or apps shares the implicit {@code default} namespace
   * without being deployed together.
   *
   * @param folder the folder of the workload's file ({@link #folderOf})
   */
  static boolean isMissing(InputIndex index, boolean closedWorld, String kind, String namespace, String name,
      String folder) {
    if (index.find(kind, namespace, name).isPresent() || index.isProvided(kind, namespace, name)) {
      return false; // in the input, in every namespace (default ServiceAccount, kube-root-ca.crt), or made by a controller
    }
    if ("PersistentVolumeClaim".equals(kind) && index.isStatefulSetClaim(namespace, name)) {
      return false;
    }
    return closedWorld || index.hasKindAtOrBelow(kind, namespace, folder);
  }

  /** The folder part of a source's display name, or "" when it has none. */
  static String folderOf(String source) {
    return InputIndex.folderOf(source);
  }

  /** {@code which is not ... (did you mean "x"?)}, for messages. */
  static String whereMissing(InputIndex index, String kind, String namespace, String name) {
    // Distinct: variants of an object share its name, and the first of equally close names wins anyway.
    List<String> names = index.distinctNamesIn(kind, namespace);
    if (names.isEmpty()) {
      return "which is not in the input (closed world: it holds no %s in namespace \"%s\")".formatted(kind, namespace);
    }
    return "which is not among the input's %ss in namespace \"%s\"%s"
        .formatted(kind, namespace, Text.didYouMean(name, names));
  }
}

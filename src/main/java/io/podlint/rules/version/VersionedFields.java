package io.podlint.rules.version;

import io.podlint.k8s.FeatureGates;
import io.podlint.k8s.FieldAvailability;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks an object of a built-in kind down to the fields that {@link FieldAvailability} or
 * {@link FeatureGates} list, and only there: the pod spec under the kind's pod template is walked
 * as its own root ({@code PodSpec}), as in the tables.
 */
final class VersionedFields {
  /** The served apiVersion of each kind the table has (older ones are api-version-removed's). */
  private static final Map<String, String> API_VERSIONS = Map.of(
      "Pod", "v1", "PodTemplate", "v1", "ReplicationController", "v1", "Service", "v1",
      "Deployment", "apps/v1", "StatefulSet", "apps/v1", "DaemonSet", "apps/v1", "ReplicaSet", "apps/v1",
      "Job", "batch/v1", "CronJob", "batch/v1");

  /** A listed field that the manifest sets: its key node, value node and table key parts. */
  record Field(YamlNode key, YamlNode value, String root, String path) {}

  /** The listed {@code ROOT:path} keys, and every key on the way to one. */
  private static final Set<String> LISTED = new HashSet<>();
  private static final Set<String> ON_THE_WAY = new HashSet<>();

  static {
    LISTED.addAll(FieldAvailability.bundled().keys());
    FeatureGates.bundled().all().forEach(g -> LISTED.addAll(g.paths()));
    for (String key : LISTED) {
      String path = key;
      int cut;
      while ((cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))) > path.indexOf(':')) {
        path = path.substring(0, cut);
        ON_THE_WAY.add(path);
      }
    }
  }

  private VersionedFields() {}

  /**
   * Calls {@code visit} for every listed field the object sets, outermost first; when it returns
   * true (reported), the fields below that one are not visited.
   */
  static void forEach(Document d, Predicate<Field> visit) {
    String kind = d.kind();
    if (kind == null || !API_VERSIONS.getOrDefault(kind, "").equals(d.apiVersion())) {
      return;
    }
    walk(d.root(), kind, "", visit);
    String podSpec = FieldAvailability.podSpecPath(kind);
    if (podSpec != null) {
      walk(d.root().at(podSpec), "PodSpec", "", visit);
    }
  }

  private static void walk(YamlNode node, String root, String path, Predicate<Field> visit) {
    if (node.isMapping()) {
      for (YamlNode.Entry e : node.entries()) {
        if (e.key() == null || (path.isEmpty() && e.key().equals("status"))) {
          continue;
        }
        String child = path.isEmpty() ? e.key() : path + "." + e.key();
        String key = root + ":" + child;
        boolean reported = LISTED.contains(key) && !isNull(e.value())
            && visit.test(new Field(e.keyNode(), e.value(), root, child));
        if (!reported && ON_THE_WAY.contains(key)) {
          walk(e.value(), root, child, visit);
        }
      }
    } else if (node.isSequence() && ON_THE_WAY.contains(root + ":" + path + "[]")) {
      for (YamlNode item : node.items()) {
        walk(item, root, path + "[]", visit);
      }
    }
  }

  /** {@code field: null} and {@code field: ~} mean unset to the API server. */
  private static boolean isNull(YamlNode value) {
    return !value.isMapping() && !value.isSequence() && value.text() == null;
  }
}

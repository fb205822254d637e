package io.podlint.rules.volumes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.Arrays;

/**
 * {@code subPath} and {@code subPathExpr} must be relative paths without a {@code ..} element,
 * and a mount may set only one of them.
 */
final class VolumeSubPathInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-subpath-invalid";
  }

  /** Why the API server refuses this subPath, or null: the rule of {@code validateLocalDescendingPath}. */
  static String problem(String path) {
    if (path.startsWith("/")) {
      return "is an absolute path (must be a relative path)";
    }
    if (Arrays.asList(path.split("/", -1)).contains("..")) {
      return "contains a '..' element (must not contain '..')";
    }
    return null;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    String consequence = StatefulSetTemplates.rejectionConsequence(w);
    for (ContainerView c : w.containers()) {
      for (YamlNode mount : c.get("volumeMounts").items()) {
        YamlNode subPath = mount.get("subPath");
        YamlNode expr = mount.get("subPathExpr");
        for (YamlNode value : new YamlNode[] {subPath, expr}) {
          String problem = value.isScalar() ? problem(value.text()) : null;
          if (problem != null) {
            ctx.report(value, c, ("%s mounts volume \"%s\" with %s \"%s\", which %s; the API server rejects it. "
                + "Use a path relative to the volume's root").formatted(c.describe(),
                mount.get("name").text("?"), value.key(), value.text(), problem), consequence);
          }
        }
        if (nonEmpty(subPath) && nonEmpty(expr)) {
          ctx.report(expr, c, ("%s sets both subPath and subPathExpr on its mount of volume \"%s\"; they are "
              + "mutually exclusive, so the API server rejects it. Keep one")
              .formatted(c.describe(), mount.get("name").text("?")), consequence);
        }
      }
    }
  }

  private static boolean nonEmpty(YamlNode n) {
    return n.isScalar() && !n.text().isEmpty();
  }
}

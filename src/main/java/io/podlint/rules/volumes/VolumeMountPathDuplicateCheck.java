package io.podlint.rules.volumes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.Map;

/**
 * Within one container, every {@code volumeMounts[].mountPath} and
 * {@code volumeDevices[].devicePath} must be unique (compared as written, as the API server does).
 */
final class VolumeMountPathDuplicateCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-mount-path-duplicate";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      Map<String, YamlNode> mounts = new HashMap<>();
      for (YamlNode mount : c.get("volumeMounts").items()) {
        YamlNode path = mount.get("mountPath");
        if (path.isScalar() && !path.text().isEmpty()) {
          YamlNode first = mounts.putIfAbsent(path.text(), path);
          if (first != null) {
            report(w, c, path, "mounts a second volume at", first, ctx);
          }
        }
      }
      Map<String, YamlNode> devices = new HashMap<>();
      for (YamlNode device : c.get("volumeDevices").items()) {
        YamlNode path = device.get("devicePath");
        if (!path.isScalar() || path.text().isEmpty()) {
          continue;
        }
        YamlNode first = devices.putIfAbsent(path.text(), path);
        if (first == null) {
          first = mounts.get(path.text());
        }
        if (first != null) {
          report(w, c, path, "maps a block device at", first, ctx);
        }
      }
    }
  }

  private static void report(Workload w, ContainerView c, YamlNode path, String what, YamlNode first,
      CheckContext ctx) {
    ctx.report(path, c, ("%s %s \"%s\", a path line %d already uses; the API server rejects the %s "
        + "(must be unique). Give each mount and device its own path")
        .formatted(c.describe(), what, path.text(), first.location().line(),
            w.isBarePod() ? "Pod" : w.kind() + "'s pod template"),
        StatefulSetTemplates.rejectionConsequence(w));
  }
}

package io.podlint.rules.volumes;

import io.podlint.model.ContainerView;
import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.Set;

/** A {@code volumeMounts[]} or {@code volumeDevices[]} entry must name a volume of the pod. */
final class VolumeMountUndeclaredCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-mount-undeclared";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!PodVolumes.volumesAreKnown(w)) {
      return;
    }
    Set<String> declared = PodVolumes.declaredNames(w);
    for (ContainerView c : w.containers()) {
      for (YamlNode mount : c.get("volumeMounts").items()) {
        check(w, c, mount, "mounts volume \"%s\" at " + mount.get("mountPath").text("?"), declared, ctx);
      }
      for (YamlNode device : c.get("volumeDevices").items()) {
        check(w, c, device, "uses volume \"%s\" as block device " + device.get("devicePath").text("?"), declared, ctx);
      }
    }
  }

  private static void check(Workload w, ContainerView c, YamlNode use, String what, Set<String> declared,
      CheckContext ctx) {
    YamlNode name = use.get("name");
    String n = name.text();
    if (n == null || n.isEmpty() || declared.contains(n)) {
      return;
    }
    String known = declared.isEmpty() ? "the pod declares no volumes"
        : "the pod declares no volume of that name" + Text.didYouMean(n, declared);
    ctx.report(name, c, ("%s " + what + ", but %s; the API server rejects the %s (Not found). "
        + "Declare the volume under spec.volumes or fix the name")
        .formatted(c.describe(), n, known, w.isBarePod() ? "Pod" : w.kind() + "'s pod template"),
        StatefulSetTemplates.rejectionConsequence(w));
  }
}

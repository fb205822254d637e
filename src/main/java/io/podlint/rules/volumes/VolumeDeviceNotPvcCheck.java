package io.podlint.rules.volumes;

import io.podlint.model.ContainerView;
import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Raw block devices ({@code volumeDevices}) come only from PersistentVolumeClaim or ephemeral volumes. */
final class VolumeDeviceNotPvcCheck implements WorkloadCheck<NoParams> {
  private static final List<String> BLOCK_SOURCES = List.of("persistentVolumeClaim", "ephemeral");

  @Override
  public String id() {
    return "volume-device-not-pvc";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Map<String, List<String>> sourcesByName = new HashMap<>();
    for (YamlNode volume : PodVolumes.volumes(w)) {
      if (PodVolumes.name(volume) != null) {
        sourcesByName.putIfAbsent(PodVolumes.name(volume),
            PodVolumes.sources(volume).stream().map(YamlNode.Entry::key).toList());
      }
    }
    PodVolumes.claimTemplateNames(w).forEach(n -> sourcesByName.put(n.text(), List.of("persistentVolumeClaim")));
    for (ContainerView c : w.containers()) {
      for (YamlNode device : c.get("volumeDevices").items()) {
        YamlNode name = device.get("name");
        List<String> sources = sourcesByName.get(name.text());
        if (sources == null || sources.stream().anyMatch(BLOCK_SOURCES::contains)) {
          continue; // undeclared volumes are volume-mount-undeclared's
        }
        String source = sources.isEmpty() ? "none (so it becomes an emptyDir)" : String.join(" and ", sources);
        ctx.report(name, c, ("%s uses volume \"%s\" as a block device, but the volume's source is %s; only "
            + "persistentVolumeClaim and ephemeral volumes provide block devices, so the API server rejects it. "
            + "Mount it under volumeMounts, or use a claim with volumeMode: Block")
            .formatted(c.describe(), name.text(), source), StatefulSetTemplates.rejectionConsequence(w));
      }
    }
  }
}

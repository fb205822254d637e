package io.podlint.rules.volumes;

import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;
import java.util.HashMap;
import java.util.Map;

/** Volume names must be unique within a pod. */
final class VolumeNameDuplicateCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-name-duplicate";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Map<String, YamlNode> seen = new HashMap<>();
    for (YamlNode volume : PodVolumes.volumes(w)) {
      YamlNode name = volume.get("name");
      if (!name.isScalar()) {
        continue;
      }
      YamlNode first = seen.putIfAbsent(name.text(), name);
      if (first != null) {
        ctx.report(name, null, ("volume \"%s\" is declared twice (first on line %d); the API server rejects "
            + "duplicate volume names (Duplicate value). Rename one of them, or merge them")
            .formatted(name.text(), first.location().line()), StatefulSetTemplates.rejectionConsequence(w));
      }
    }
  }
}

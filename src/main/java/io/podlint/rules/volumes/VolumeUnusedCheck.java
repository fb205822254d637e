package io.podlint.rules.volumes;

import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Set;

/** A declared volume that no container mounts does nothing: usually a forgotten or misspelled mount. */
final class VolumeUnusedCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-unused";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!PodVolumes.usesAreKnown(w) || w.containers().isEmpty()) {
      return;
    }
    Set<String> used = PodVolumes.usedNames(w);
    for (YamlNode volume : PodVolumes.volumes(w)) {
      YamlNode name = volume.get("name");
      if (name.isScalar() && !used.contains(name.text())) {
        ctx.report(name, null, ("volume \"%s\" is declared but no container mounts it, so its contents are "
            + "never visible. Add a volumeMount for it, or remove it").formatted(name.text()));
      }
    }
    for (YamlNode name : PodVolumes.claimTemplateNames(w)) {
      if (name.isScalar() && !used.contains(name.text())) {
        ctx.report(name, null, ("volumeClaimTemplate \"%s\" is not mounted by any container: the StatefulSet "
            + "still creates and keeps one claim per replica. Add a volumeMount for it, or remove it")
            .formatted(name.text()));
      }
    }
  }
}

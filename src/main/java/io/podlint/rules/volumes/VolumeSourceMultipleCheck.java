package io.podlint.rules.volumes;

import io.podlint.model.PodVolumes;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** A volume sets exactly one source: two or more are rejected. */
final class VolumeSourceMultipleCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-source-multiple";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : PodVolumes.volumes(w)) {
      List<YamlNode.Entry> sources = PodVolumes.sources(volume);
      if (sources.size() < 2) {
        continue;
      }
      List<String> keys = sources.stream().map(YamlNode.Entry::key).toList();
      ctx.report(sources.get(1).value(), null, ("volume \"%s\" sets %d volume sources, %s; a volume has exactly "
          + "one source, so the API server rejects it (may not specify more than 1 volume type). "
          + "Split it into one volume per source, or use a projected volume to combine ConfigMaps and Secrets")
          .formatted(PodVolumes.name(volume), keys.size(), Text.quotedList(keys, "and")),
          StatefulSetTemplates.rejectionConsequence(w));
    }
  }
}

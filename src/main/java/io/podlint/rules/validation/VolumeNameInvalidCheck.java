package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * {@code ValidateVolumes}: a volume's name is a DNS-1123 label. Duplicates are
 * volume-name-duplicate's.
 */
final class VolumeNameInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "volume-name-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      YamlNode name = volume.get("name");
      if (!name.isString() || Placeholders.isTemplated(name.text())) {
        continue;
      }
      List<String> errs = name.text().isEmpty() ? List.of() : ApiNames.dns1123Label(name.text());
      if (name.text().isEmpty()) {
        ctx.report(name, null, ApiErrors.rejectedPodSpec(w, ApiErrors.required(name.path(), ""), "Name the volume."),
            ApiErrors.podSpecConsequence(w));
      } else if (!errs.isEmpty()) {
        ctx.report(name, null, ApiErrors.rejectedPodSpec(w, ApiErrors.invalid(name.path(), name.text(), errs),
            "Volume names are DNS labels: up to 63 lowercase letters, digits and '-'; rename the volume and its "
                + "volumeMounts."), ApiErrors.podSpecConsequence(w));
      }
    }
  }
}

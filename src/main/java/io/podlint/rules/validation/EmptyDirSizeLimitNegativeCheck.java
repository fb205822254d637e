package io.podlint.rules.validation;

import io.podlint.k8s.Quantity;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;

/** {@code validateVolumeSource} of pkg/apis/core/validation: a negative emptyDir sizeLimit. */
final class EmptyDirSizeLimitNegativeCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "empty-dir-size-limit-negative";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode volume : w.podSpec().get("volumes").items()) {
      YamlNode limit = volume.at("emptyDir.sizeLimit");
      if (!limit.isScalar()) {
        continue;
      }
      Quantity.tryParse(limit.text()).filter(q -> q.signum() < 0).ifPresent(q -> ctx.report(limit, null,
          FieldErrors.forbidden(limit.path(), "SizeLimit field must be a valid resource quantity") + ". The "
          + w.kind() + " is not created. Set a positive size such as " + q.original().substring(1)
          + ", or remove sizeLimit for no limit", StatefulSetTemplates.rejectionConsequence(w)));
    }
  }
}

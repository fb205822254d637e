package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.StatefulSetTemplates;
import io.podlint.rules.WorkloadCheck;

/** A privileged container can always escalate privileges: {@code allowPrivilegeEscalation: false} contradicts it. */
final class PrivilegedWithoutPrivilegeEscalationCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "privileged-without-privilege-escalation";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      YamlNode sc = c.get("securityContext");
      YamlNode escalation = sc.get("allowPrivilegeEscalation");
      if (sc.get("privileged").isTrue() && escalation.isBool() && !escalation.isTrue()) {
        ctx.report(escalation, c, ("%s sets privileged: true and allowPrivilegeEscalation: false; a privileged "
            + "container can always escalate, so the API server rejects the combination (cannot set "
            + "allowPrivilegeEscalation to false and privileged to true). Remove allowPrivilegeEscalation: false, "
            + "or drop privileged").formatted(c.describe()), StatefulSetTemplates.rejectionConsequence(w));
      }
    }
  }
}

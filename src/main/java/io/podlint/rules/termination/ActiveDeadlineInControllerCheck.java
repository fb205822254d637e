package io.podlint.rules.termination;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** {@code activeDeadlineSeconds} is forbidden in the pod templates of long-running controllers. */
final class ActiveDeadlineInControllerCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "active-deadline-in-controller";
  }

  @Override
  public List<String> defaultKinds() {
    return List.copyOf(Workload.LONG_RUNNING_CONTROLLERS.stream().sorted().toList());
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = w.podSpec().get("activeDeadlineSeconds");
    if (!w.isController() || !value.hasValue()) {
      return;
    }
    // Deployments are validated with the ReplicaSet template rules, hence that name in the error.
    String validatedAs = io.podlint.rules.ControllerKinds.validatedAs(w);
    ctx.report(value, null, ("activeDeadlineSeconds is set in the pod template of a %s; %s rejects it "
        + "(\"activeDeadlineSeconds in %s is not Supported\"): the controller's Pods are meant to run until they are "
        + "replaced, and a deadline would kill each of them with DeadlineExceeded. Remove the field; for work bounded "
        + "in time use a Job").formatted(w.kind(), io.podlint.rules.ControllerKinds.rejecter(w), validatedAs),
        io.podlint.rules.ControllerKinds.rejectionConsequence(w));
  }
}

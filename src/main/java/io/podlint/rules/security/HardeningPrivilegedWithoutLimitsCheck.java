package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.SecurityContexts;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A privileged container without cpu and memory limits (its own, or pod-level {@code spec.resources}
 * limits): a runaway privileged process can starve the node it has full access to.
 */
final class HardeningPrivilegedWithoutLimitsCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "hardening-privileged-without-limits";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    ResourceRequirements pod = ResourceRequirements.of(w.podSpec().get("resources"));
    for (ContainerView c : w.containers()) {
      if (!SecurityContexts.privileged(c) || c.type() == ContainerView.Type.EPHEMERAL) {
        continue;
      }
      ResourceRequirements own = ResourceRequirements.of(w, c);
      List<String> missing = new ArrayList<>();
      for (String resource : List.of("cpu", "memory")) {
        if (!own.hasPositiveLimit(resource) && !pod.hasPositiveLimit(resource)) {
          missing.add(resource);
        }
      }
      if (!missing.isEmpty()) {
        ctx.report(c.get("securityContext").get("privileged"), c, ("%s is privileged and has no %s limit: a runaway "
            + "process with full access to the node can also starve it and every other Pod on it. Set "
            + "resources.limits.%s").formatted(c.describe(), String.join(" or ", missing), String.join(" and limits.", missing)));
      }
    }
  }
}

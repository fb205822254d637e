package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * User and group IDs are unsigned 32-bit numbers ({@code IsValidUserID}, {@code IsValidGroupID}:
 * 0 to 4294967295): the pod's runAsUser, runAsGroup, fsGroup and supplementalGroups
 * ({@code validatePodSpecSecurityContext}) and each container's runAsUser and runAsGroup
 * ({@code ValidateSecurityContext}).
 */
final class SecurityContextIdInvalidCheck implements WorkloadCheck<NoParams> {
  static final long MAX_ID = 0xffffffffL;

  @Override
  public String id() {
    return "security-context-id-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode pod = w.podSpec().get("securityContext");
    for (String field : List.of("runAsUser", "runAsGroup", "fsGroup")) {
      check(w, null, pod.get(field), ctx);
    }
    for (YamlNode gid : pod.get("supplementalGroups").items()) {
      check(w, null, gid, ctx);
    }
    for (ContainerView c : w.containers()) {
      YamlNode sc = c.get("securityContext");
      check(w, c, sc.get("runAsUser"), ctx);
      check(w, c, sc.get("runAsGroup"), ctx);
    }
  }

  private static void check(Workload w, ContainerView c, YamlNode id, CheckContext ctx) {
    Long v = id.asLong().orElse(null);
    if (v != null && (v < 0 || v > MAX_ID)) {
      ctx.report(id, c, ApiErrors.rejectedPodSpec(w, ApiErrors.invalid(id.path(), v, ApiNames.inclusiveRangeError(0,
          MAX_ID)), "Use a numeric ID from 0 to 4294967295, such as 1000 for an unprivileged user."),
          ApiErrors.podSpecConsequence(w));
    }
  }
}

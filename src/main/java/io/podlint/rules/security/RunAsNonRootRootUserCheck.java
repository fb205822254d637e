package io.podlint.rules.security;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code runAsNonRoot: true} with {@code runAsUser: 0} in the effective security context of a
 * container (each container field overrides the pod's): the kubelet refuses to create it.
 */
final class RunAsNonRootRootUserCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "run-as-non-root-root-user";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if ("windows".equals(w.podSpec().at("os.name").text())) {
      return; // Windows containers use runAsUserName; runAsUser does not apply
    }
    YamlNode pod = w.podSpec().get("securityContext");
    List<String> fromPodOnly = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      YamlNode own = c.get("securityContext");
      boolean ownNonRoot = own.get("runAsNonRoot").hasValue();
      boolean ownUser = own.get("runAsUser").hasValue();
      YamlNode nonRoot = ownNonRoot ? own.get("runAsNonRoot") : pod.get("runAsNonRoot");
      YamlNode user = ownUser ? own.get("runAsUser") : pod.get("runAsUser");
      if (!nonRoot.isTrue() || user.asLong().orElse(-1L) != 0L) {
        continue;
      }
      if (!ownNonRoot && !ownUser) {
        fromPodOnly.add(c.name());
      } else {
        ctx.report(ownUser ? user : nonRoot, c, ("%s runs with runAsUser: 0 (%s) and runAsNonRoot: true (%s); the "
            + "kubelet refuses to create it, so it stays in CreateContainerConfigError (container's runAsUser "
            + "breaks non-root policy). Set a non-zero runAsUser, or runAsNonRoot: false if it must run as root")
            .formatted(c.describe(), ownUser ? "its own securityContext" : "from the pod's securityContext",
                ownNonRoot ? "its own securityContext" : "from the pod's securityContext"));
      }
    }
    if (!fromPodOnly.isEmpty()) {
      ctx.report(pod.get("runAsUser"), ("the pod's securityContext sets runAsUser: 0 and runAsNonRoot: true, and "
          + "container%s %s inherit%s both; the kubelet refuses to create %s, so the Pod stays in "
          + "CreateContainerConfigError (container's runAsUser breaks non-root policy). Set a non-zero runAsUser, "
          + "or runAsNonRoot: false if it must run as root").formatted(fromPodOnly.size() > 1 ? "s" : "",
          Text.quotedList(fromPodOnly, "and"), fromPodOnly.size() > 1 ? "" : "s",
          fromPodOnly.size() > 1 ? "them" : "it"));
    }
  }
}

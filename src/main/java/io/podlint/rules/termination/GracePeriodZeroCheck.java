package io.podlint.rules.termination;

import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * {@code terminationGracePeriodSeconds: 0} on a long-running workload: no time to shut down, and
 * every delete becomes a forced delete. Unsafe for StatefulSets (two Pods with one identity).
 */
final class GracePeriodZeroCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "grace-period-zero";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = GracePeriod.node(w);
    if (!w.isLongRunning() || !value.asLong().equals(Optional.of(0L))) {
      return;
    }
    String preStop = w.longRunningContainers().stream().anyMatch(c -> c.get("lifecycle").get("preStop").hasValue())
        ? "; the preStop hooks get no time to run" : "";
    if ("StatefulSet".equals(w.kind())) {
      ctx.report(value, ("terminationGracePeriodSeconds is 0 in a StatefulSet: every delete of its Pods is a forced delete, "
          + "so the Pod object disappears at once and the controller starts the replacement with the same name and "
          + "volumes while the old containers may still be running (two Pods with one identity)%s. "
          + "Remove the field (default 30 s) or set the time the app needs to shut down").formatted(preStop));
    } else {
      ctx.report(value, ("terminationGracePeriodSeconds is 0: on every delete (rollout, scale-down, drain) the Pod "
          + "object is removed at once and the containers get SIGTERM and only the kubelet's 2-second minimum before "
          + "SIGKILL, so in-flight requests and unsaved work are lost%s. Remove the field (default 30 s) or set the "
          + "time the app needs to shut down").formatted(preStop));
    }
  }
}

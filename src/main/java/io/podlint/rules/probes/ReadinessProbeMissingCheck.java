package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A container that serves ports in a long-running workload without a readiness probe. Jobs,
 * run-to-completion Pods, plain init containers and containers without ports are not reported.
 */
final class ReadinessProbeMissingCheck implements Check<NoParams> {
  static final List<String> LONG_RUNNING_KINDS = List.of("Pod", "Deployment", "StatefulSet",
      "DaemonSet", "ReplicaSet", "ReplicationController", "DeploymentConfig", "Rollout");

  @Override
  public String id() {
    return "readiness-probe-missing";
  }

  @Override
  public List<String> defaultKinds() {
    return LONG_RUNNING_KINDS;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!w.isLongRunning()) {
      return;
    }
    for (ContainerView c : w.longRunningContainers()) {
      ContainerPorts ports = ContainerPorts.of(c);
      if (c.get("readinessProbe").hasValue() || ports.numbers().isEmpty()
          || io.podlint.rules.schema.SchemaFacts.hasMisspelledKey(ctx, w.document(), c.node(), "readinessProbe")) {
        continue; // a misspelled readinessprobe is one schema-unknown-field finding, not also this one
      }
      String listed = ports.sortedNumbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
      ctx.report(c.node(), c, c.describe() + " serves port" + (ports.numbers().size() == 1 ? "" : "s") + " " + listed
          + " but has no readinessProbe: it counts as ready as soon as it has started, so Services and rolling updates"
          + " send it traffic before it can answer, and keep sending while it cannot. Add a readinessProbe that checks"
          + " the app can serve requests");
    }
  }
}

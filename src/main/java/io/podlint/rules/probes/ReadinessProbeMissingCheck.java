package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.ServingContainers;
import io.podlint.rules.WorkloadCheck;
import io.podlint.util.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A container that serves ports in a long-running workload without a readiness probe. Jobs,
 * run-to-completion Pods, plain init containers and containers without ports are not reported.
 */
final class ReadinessProbeMissingCheck implements WorkloadCheck<NoParams> {
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
    List<ServingContainers.Candidate> portless = new ArrayList<>();
    for (ContainerView c : w.longRunningContainers()) {
      ContainerPorts ports = ContainerPorts.of(c);
      if (c.get("readinessProbe").hasValue()
          || io.podlint.rules.schema.SchemaFacts.hasMisspelledKey(ctx, w.document(), c.node(), "readinessProbe")) {
        continue; // a misspelled readinessprobe is one schema-unknown-field finding, not also this one
      }
      if (ports.numbers().isEmpty()) {
        if (!ServingContainers.idles(c)) {
          portless.add(ServingContainers.candidate(ctx.anchor(c.node(), c), c));
        }
        continue;
      }
      String listed = ports.sortedNumbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
      ctx.report(c.node(), c, c.describe() + " serves " + Plural.noun(ports.numbers().size(), "port") + " " + listed
          + " but has no readinessProbe: it counts as ready as soon as it has started, so Services and rolling updates"
          + " send it traffic before it can answer, and keep sending while it cannot. Add a readinessProbe that checks"
          + " the app can serve requests");
    }
    if (!portless.isEmpty()) {
      servedWithoutPorts(w, portless, ctx);
    }
  }



  /**
   * A container that declares no ports still serves when a Service of the input sends it traffic
   * (container ports are informational): matched as {@link ServingContainers} does.
   */
  private static void servedWithoutPorts(Workload w, List<ServingContainers.Candidate> portless, CheckContext ctx) {
    ServingContainers.Pod pod = ServingContainers.Pod.of(w);
    if (pod.labels().isEmpty()) {
      return;
    }
    ctx.afterIndex(indexed -> {
      for (ServingContainers.Candidate c : portless) {
        List<InputIndex.IndexedObject> services = pod.serviceObjectsTargeting(indexed, c);
        if (services.isEmpty()) {
          continue;
        }
        String names = services.stream().map(InputIndex.IndexedObject::describe).collect(Collectors.joining(", "));
        indexed.report(c.anchor(), ("container \"%s\" declares no ports, but %s send%s it traffic, and it has no"
            + " readinessProbe: it counts as ready as soon as it has started, so the Service sends it requests before it"
            + " can answer, and keeps sending while it cannot. Add a readinessProbe that checks the app can serve requests")
            .formatted(c.name(), names, services.size() == 1 ? "s" : ""));
      }
    });
  }
}

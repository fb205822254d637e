package io.podlint.rules.termination;

import io.podlint.model.ContainerView;
import io.podlint.model.RolloutStrategy;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.ServingContainers;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rolling update of serving Pods without a readiness signal: each new Pod counts as Ready the
 * moment its containers start, so the rollout removes old Pods while the new ones cannot serve.
 * Reported at the update strategy (or the template), as a rollout problem, so that it reads
 * differently from a probes rule about the container itself.
 */
final class RolloutWithoutReadinessCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "rollout-without-readiness";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "StatefulSet", "DaemonSet", "DeploymentConfig", "Rollout");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.document().root().get("spec");
    Optional<RolloutStrategy.Gradual> update = RolloutStrategy.gradual(w);
    if (update.isEmpty() || spec.get("replicas").asLong().equals(Optional.of(0L))
        || !w.podSpec().get("readinessGates").items().isEmpty()) {
      return; // readiness gates (such as a load balancer's target health) hold the Pod back instead
    }
    // The Pod is Ready only when all its containers (and native sidecars) are
    // (pkg/kubelet/status/generate.go: GenerateContainersReadyCondition): one readiness probe
    // anywhere in the Pod holds the rollout back.
    for (ContainerView c : w.longRunningContainers()) {
      if (c.get("readinessProbe").hasValue()) {
        return;
      }
    }
    YamlNode at = update.get().at();
    String updateName = update.get().name();
    List<ServingContainers.Candidate> candidates = new ArrayList<>();
    for (ContainerView c : w.containersOf(ContainerView.Type.REGULAR)) {
      if (!c.get("readinessProbe").hasValue() && !c.get("startupProbe").hasValue() && !ServingContainers.idles(c)
          && !io.podlint.rules.schema.SchemaFacts.hasMisspelledKey(ctx, w.document(), c.node(), "readinessProbe")) {
        candidates.add(ServingContainers.candidate(ctx.anchor(at, c), c));
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    ServingContainers.Pod pod = ServingContainers.Pod.of(w);
    String kind = w.kind();
    String namespace = w.namespace();
    ctx.afterIndex(indexed -> {
      boolean servicesHere = indexed.index().hasKindIn("Service", namespace);
      for (ServingContainers.Candidate c : candidates) {
        // Services that publish not-ready addresses send traffic whatever readiness says.
        List<String> services = pod.readinessGatedServicesTargeting(indexed, c);
        if (!services.isEmpty()) {
          indexed.report(c.anchor(), message(updateName, kind, c.name(), "receives traffic from " + ServingContainers.describeServices(services)));
        } else if (!servicesHere && c.declaresPorts()) {
          // With no Service of this namespace in the input, declared ports are the best sign of serving.
          indexed.report(c.anchor(), message(updateName, kind, c.name(), "declares ports"));
        }
      }
    });
  }

  private static String message(String update, String kind, String container, String why) {
    return update + " of this " + kind + ": container \"" + container + "\" " + why + " but has no "
        + "readinessProbe, so each new Pod counts as Ready as soon as its containers start; the rollout then removes "
        + "old Pods and the Service sends requests to new ones before the app listens, so every update drops traffic. "
        + "Give container \"" + container + "\" a readinessProbe that checks the app can serve";
  }
}

package io.podlint.rules.termination;

import io.podlint.model.ContainerView;
import io.podlint.model.GracePeriod;
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
 * A container that serves traffic without a preStop hook: SIGTERM and the removal from the
 * Service endpoints start together, so requests still routed to it during shutdown fail.
 * Serving means ports plus a readinessProbe, or a Service in the input that targets it.
 */
final class PreStopMissingCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "prestop-missing";
  }

  /** Not bare Pods: when one is deleted nothing replaces it, so there is no endpoint for traffic to move to. */
  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "DeploymentConfig",
        "Rollout");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Optional<Long> grace = GracePeriod.seconds(w);
    if (!w.isController() || grace.isEmpty() || grace.get() <= 0) {
      return; // a zero or negative period leaves no room for a preStop delay: their own policies
    }
    long seconds = grace.get();
    boolean explicit = GracePeriod.node(w).hasValue();
    List<ServingContainers.Candidate> unresolved = new ArrayList<>();
    for (ContainerView c : w.containersOf(ContainerView.Type.REGULAR)) {
      YamlNode lifecycle = c.get("lifecycle");
      if (lifecycle.get("preStop").hasValue()) {
        continue; // any hook: an httpGet or a drain script may well wait for the endpoints
      }
      YamlNode at = lifecycle.isMapping() ? lifecycle : c.node();
      if (ServingContainers.declaresPorts(c) && c.get("readinessProbe").hasValue()) {
        ctx.report(at, c, message(c.describe(), "declares ports and has a readinessProbe", budget(seconds, explicit)));
      } else {
        unresolved.add(ServingContainers.candidate(ctx.anchor(at, c), c));
      }
    }
    if (unresolved.isEmpty()) {
      return;
    }
    ServingContainers.Pod pod = ServingContainers.Pod.of(w);
    ctx.afterIndex(indexed -> { // not w itself: the callback must not keep the document alive
      for (ServingContainers.Candidate c : unresolved) {
        List<String> services = pod.servicesTargeting(indexed, c);
        if (!services.isEmpty()) {
          indexed.report(c.anchor(), message("container \"" + c.name() + "\"",
              "receives traffic from " + ServingContainers.describeServices(services), budget(seconds, explicit)));
        }
      }
    });
  }

  private static String message(String container, String why, String budget) {
    return container + " " + why + " but has no preStop hook: when the Pod is deleted (rollout, scale-down, drain), "
        + "its removal from the Service endpoints and SIGTERM start at the same moment, so kube-proxy, ingress "
        + "controllers and load balancers that have not caught up yet keep sending requests to a process that is "
        + "shutting down. Add a short delay such as lifecycle.preStop.sleep.seconds: 5 (or exec [\"sleep\", \"5\"])"
        + budget;
  }

  /** How the suggested delay fits the grace period, for messages. */
  private static String budget(long grace, boolean explicit) {
    if (grace <= 10) {
      return " and raise terminationGracePeriodSeconds (now " + grace
          + " s) so that it covers the delay plus the app's shutdown time";
    }
    return ", shorter than the pod's " + GracePeriod.describe(grace, explicit) + " minus the app's shutdown time";
  }
}

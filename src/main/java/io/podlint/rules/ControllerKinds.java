package io.podlint.rules;

import io.podlint.model.Workload;

/**
 * Who validates a controller's pod template. The built-in controllers and OpenShift's
 * DeploymentConfig are checked by the API server (a DeploymentConfig with the
 * ReplicationController template rules: openshift-apiserver ValidateDeploymentConfigSpec). An
 * Argo Rollout is a custom resource: the API server accepts it, and the Rollouts controller then
 * checks the template with the ReplicaSet rules (argo-rollouts ValidateRolloutSpec) and marks an
 * invalid one InvalidSpec.
 */
public final class ControllerKinds {
  private ControllerKinds() {}

  /** "the API server", or "the Argo Rollouts controller" for a Rollout, for messages. */
  public static String rejecter(Workload w) {
    return "Rollout".equals(w.kind()) ? "the Argo Rollouts controller" : "the API server";
  }

  /** The consequence of a template error in {@code w}, or null for the policy's own (an API server rejection). */
  public static String rejectionConsequence(Workload w) {
    if (!"Rollout".equals(w.kind())) {
      return null;
    }
    return "Runtime: the API server accepts the Rollout, but the Argo Rollouts controller finds its pod template "
        + "invalid (condition InvalidSpec) and creates no Pods.";
  }

  /** The kind whose template rules apply: ReplicaSet for a Deployment or Rollout, ReplicationController for a DeploymentConfig. */
  public static String validatedAs(Workload w) {
    return switch (w.kind()) {
      case "Deployment", "Rollout" -> "ReplicaSet";
      case "DeploymentConfig" -> "ReplicationController";
      default -> w.kind();
    };
  }
}

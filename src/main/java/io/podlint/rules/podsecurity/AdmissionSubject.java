package io.podlint.rules.podsecurity;

import io.podlint.model.Workload;
import java.util.Set;

/**
 * What admission is asked to accept, for messages: a Pod (refused outright under enforce), a
 * controller it knows (evaluated for warn and audit; its Pods are refused later), or a custom
 * kind (only its Pods are evaluated).
 *
 * @param name the object's name, or its kind when it has none
 */
record AdmissionSubject(String kind, String name, boolean pod, boolean custom) {
  /**
   * The kinds whose pod template the plugin reads itself
   * (admission/admission.go: defaultPodSpecResources); others, built-in to podlint or not
   * (DeploymentConfig, Rollout, custom kinds), only have their Pods evaluated.
   */
  private static final Set<String> PLUGIN_KINDS = Set.of("Pod", "ReplicationController", "PodTemplate",
      "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

  static AdmissionSubject of(Workload w) {
    String name = w.document().name();
    return new AdmissionSubject(w.kind(), name == null || name.isEmpty() ? w.kind() : name, w.isBarePod(),
        !PLUGIN_KINDS.contains(w.kind()));
  }
}

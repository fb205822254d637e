package io.podlint.rules;

import io.podlint.model.Workload;

/**
 * StatefulSet pod templates were long accepted without pod-spec validation (domain reference
 * 0.2): an invalid one is rejected only by recent API servers; older ones accept the StatefulSet
 * and its controller then fails to create Pods.
 */
public final class StatefulSetTemplates {
  private StatefulSetTemplates() {}

  /** The consequence of a pod-spec validation error in {@code w}, or null for the policy's own. */
  public static String rejectionConsequence(Workload w) {
    if (!"StatefulSet".equals(w.kind())) {
      return null;
    }
    return "Rejected by the API server (422) on clusters that validate StatefulSet pod templates; "
        + "older ones accept the StatefulSet, and its controller then fails to create any Pod (FailedCreate events).";
  }
}

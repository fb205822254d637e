package io.podlint.rules.validation;

import io.podlint.parse.Document;

/** Whether a document is the built-in kind (right API group), not a custom resource of the same name. */
final class BuiltInKinds {
  private BuiltInKinds() {}

  static boolean isBuiltIn(Document d) {
    String v = d.apiVersion();
    String group = v == null || !v.contains("/") ? "" : v.substring(0, v.indexOf('/'));
    return switch (String.valueOf(d.kind())) {
      case "Pod", "PodTemplate", "ReplicationController" -> group.isEmpty();
      case "Job", "CronJob" -> group.equals("batch");
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" -> group.equals("apps") || group.equals("extensions");
      default -> false;
    };
  }
}

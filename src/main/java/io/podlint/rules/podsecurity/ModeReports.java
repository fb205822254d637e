package io.podlint.rules.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.k8s.podsecurity.PodSecurityCheck;
import io.podlint.k8s.podsecurity.PodSecurityStandards;
import io.podlint.model.Severity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reports one check under each mode of a namespace policy, from enforce to audit: a spot that a
 * stronger mode reported is not reported again, so that an enforce label and a stricter warn
 * label give one finding per field.
 */
final class ModeReports {
  private ModeReports() {}

  interface Sink {
    void report(Evaluated.Spot spot, String message, String consequence, Severity severity);
  }

  static void report(PodSecurityCheck check, NamespacePolicy policy, String origin,
      Map<String, Map<Integer, Evaluated>> all, AdmissionSubject subject, KubernetesVersion cluster, Sink sink) {
    Set<String> stronger = new HashSet<>(); // fields a stronger mode reports, under any check
    Set<String> done = new HashSet<>();
    // A Pod that enforce refuses gets no warning (admission.go skips warnings for a rejected request).
    boolean refused = subject.pod() && policy.modes().containsKey(Mode.ENFORCE) && fails(policy.modes().get(Mode.ENFORCE), all, cluster);
    for (Mode mode : Mode.values()) {
      LevelVersion lv = policy.modes().get(mode);
      if (lv == null || (subject.custom() && mode != Mode.ENFORCE)) {
        continue;
      }
      int minor = lv.version().effectiveMinor(cluster);
      Evaluated own = null;
      Set<String> here = new HashSet<>();
      for (PodSecurityCheck c : PodSecurityStandards.checks(lv.level(), minor)) {
        Evaluated e = all.get(c.id()).get(c.revisionAt(minor));
        if (e != null) {
          e.spots().forEach(s -> here.add(key(s)));
          if (c.equals(check)) {
            own = e;
          }
        }
      }
      if (own != null) {
        for (Evaluated.Spot spot : own.spots()) {
          if (!stronger.contains(key(spot)) && done.add(key(spot))) {
            sink.report(spot, message(mode, lv, origin, own.text(), subject, refused), consequence(mode, subject),
                mode.severity());
          }
        }
      }
      stronger.addAll(here);
    }
  }

  private static boolean fails(LevelVersion lv, Map<String, Map<Integer, Evaluated>> all, KubernetesVersion cluster) {
    int minor = lv.version().effectiveMinor(cluster);
    return PodSecurityStandards.checks(lv.level(), minor).stream()
        .anyMatch(c -> all.get(c.id()).containsKey(c.revisionAt(minor)));
  }

  private static String key(Evaluated.Spot s) {
    return s.anchor().location() + " " + s.anchor().path();
  }

  /** @param refused whether enforce refuses the Pod, so that warn and audit come only after a fix */
  static String message(Mode mode, LevelVersion lv, String origin, String text, AdmissionSubject s, boolean refused) {
    String policy = "PodSecurity \"" + lv + "\"";
    String from = "; " + mode.label() + " level from " + origin;
    return switch (mode) {
      case ENFORCE -> s.pod()
          ? "pods \"%s\" is forbidden: violates %s: %s. The API server refuses the Pod (403 Forbidden)%s"
              .formatted(s.name(), policy, text, from)
          : "%s %s is accepted, but every Pod it creates is forbidden: violates %s: %s. %s%s"
              .formatted(s.kind(), s.name(), policy, text, controllerOutcome(s.kind()), from);
      case WARN -> (refused ? "Warning: would violate %s: %s. Once the Pod passes enforce, kubectl prints this warning%s"
          : "Warning: would violate %s: %s. kubectl prints this warning and the " + s.kind() + " is accepted%s")
          .formatted(policy, text, from);
      case AUDIT -> (refused ? "would violate %s: %s. Once the Pod passes enforce, the audit log records the violation%s"
          : "would violate %s: %s. The " + s.kind() + " is accepted and the audit log records the violation%s")
          .formatted(policy, text, from);
    };
  }

  /** What the controller of {@code kind} shows when admission refuses each Pod it creates. */
  static String controllerOutcome(String kind) {
    return switch (kind) {
      case "Job" -> "The Job controller cannot create any Pod (FailedCreate events): the Job never runs";
      case "CronJob" -> "Each Job it creates cannot create any Pod (FailedCreate events): no run happens";
      case "Deployment" -> "Its ReplicaSet cannot create any Pod (FailedCreate events, zero replicas)";
      default -> "Its controller cannot create any Pod (FailedCreate events, zero replicas)";
    };
  }

  static String consequence(Mode mode, AdmissionSubject s) {
    return switch (mode) {
      case ENFORCE -> s.pod()
          ? "Rejected by the API server (403 Forbidden): the PodSecurity admission plugin refuses the Pod; it is not created."
          : "Runtime: the object is accepted, but the PodSecurity admission plugin refuses every Pod its controller "
              + "creates (FailedCreate events); no replica runs.";
      case WARN -> "Silent: the object is accepted; kubectl prints the PodSecurity warning.";
      case AUDIT -> "Silent: the object is accepted; only the API server's audit log records the violation.";
    };
  }
}

package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Failure;
import io.podlint.describe.PodLifecycle.JobLimits;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.List;

/** What the kubelet (and, for Jobs, the Job controller) does when containers exit or fail. */
final class FailureBehaviour {
  /** The Job API's default {@code backoffLimit}. */
  static final long DEFAULT_BACKOFF_LIMIT = 6;

  private FailureBehaviour() {}

  static Failure of(Workload w, List<Note> notes) {
    YamlNode node = w.podSpec().get("restartPolicy");
    boolean defaulted = !node.hasValue() || node.text("").isEmpty();
    String policy = defaulted ? "Always" : node.text();
    boolean sidecars = !w.containersOf(ContainerView.Type.SIDECAR).isEmpty();
    String restarts = switch (policy) {
      case "Always" -> "every container is restarted in place whenever it exits, with the crash-loop back-off";
      case "OnFailure" -> "a container that exits non-zero is restarted in place, with the crash-loop back-off;"
          + " one that exits 0 stays completed";
      case "Never" -> "containers are never restarted: an exit is final, and a failed init container fails the Pod";
      default -> "restartPolicy \"" + policy + "\" is not supported (Always, OnFailure or Never)";
    };
    if (sidecars && !"Always".equals(policy)) {
      restarts += "; native sidecars are restarted whenever they exit, whatever the pod's restartPolicy";
    }
    boolean restartsAtAll = "Always".equals(policy) || "OnFailure".equals(policy) || sidecars;
    Long podDeadline = w.podSpec().get("activeDeadlineSeconds").asLong().orElse(null);
    return new Failure(policy, defaulted, restarts, restartsAtAll ? CrashLoopBackOff.schedule() : null, podDeadline,
        w.isJob() ? job(w, policy) : null, notes);
  }

  private static JobLimits job(Workload w, String restartPolicy) {
    YamlNode root = w.document().root();
    boolean cron = "CronJob".equals(w.kind());
    YamlNode spec = cron ? root.at("spec.jobTemplate.spec") : root.get("spec");
    YamlNode limit = spec.get("backoffLimit");
    boolean defaulted = !limit.hasValue();
    long backoffLimit = limit.asLong().orElse(DEFAULT_BACKOFF_LIMIT);
    String counted = "OnFailure".equals(restartPolicy)
        ? "container restarts (the kubelet restarts failed containers in the same Pod)"
        : "failed Pods (the Job controller replaces each with a new Pod, after 10 s, 20 s, 40 s ... at most 6 min)";
    return new JobLimits(backoffLimit, defaulted, counted, spec.get("activeDeadlineSeconds").asLong().orElse(null),
        spec.get("podFailurePolicy").isMapping(), spec.get("backoffLimitPerIndex").asLong().orElse(null),
        cron ? root.at("spec.schedule").text() : null,
        cron ? root.at("spec.concurrencyPolicy").text("Allow") : null);
  }
}

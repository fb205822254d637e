package io.podlint.rules.termination;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * {@code activeDeadlineSeconds} outside 1..2147483647. Controllers' templates may not set it at
 * all (active-deadline-in-controller), so only Pods, Jobs, CronJobs and PodTemplates are checked.
 */
final class ActiveDeadlineInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "active-deadline-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Pod", "Job", "CronJob", "PodTemplate");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = w.podSpec().get("activeDeadlineSeconds");
    if (w.isController() || !value.isInt()) {
      return;
    }
    Optional<Long> seconds = value.asLong(); // empty: beyond the range of a long
    if (seconds.isPresent() && ActiveDeadline.isValid(seconds.get())) {
      return;
    }
    boolean tooSmall = seconds.isPresent() && seconds.get() < 1;
    ctx.report(value, ("activeDeadlineSeconds is %s; the API server accepts only 1 to %d and rejects the object. %s")
        .formatted(value.text(), ActiveDeadline.MAX, tooSmall
            ? "Remove the field for no deadline, or set a positive number of seconds"
            : "Remove the field for no deadline, or set a smaller number of seconds"));
  }
}

package io.podlint.rules.termination;

import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/** A Pod meant to run until deleted (restartPolicy Always) that a deadline will kill. */
final class ActiveDeadlineLongRunningCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "active-deadline-long-running";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Pod");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = w.podSpec().get("activeDeadlineSeconds");
    Optional<Long> seconds = value.asLong();
    if (!w.isBarePod() || !w.isLongRunning() || seconds.isEmpty() || !ActiveDeadline.isValid(seconds.get())) {
      return; // out-of-range values are active-deadline-invalid's finding
    }
    ctx.report(value, ("activeDeadlineSeconds is %d on a Pod with restartPolicy \"Always\": %s after it starts, the "
        + "kubelet kills its containers and the Pod ends Failed with reason DeadlineExceeded; restartPolicy does not "
        + "bring it back. Remove the field for a Pod that should keep running, or run time-bounded work as a Job")
        .formatted(seconds.get(), GracePeriod.duration(seconds.get())));
  }
}

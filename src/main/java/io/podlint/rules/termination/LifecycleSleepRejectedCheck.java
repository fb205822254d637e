package io.podlint.rules.termination;

import io.podlint.model.ContainerView;
import io.podlint.model.GracePeriod;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sleep} lifecycle handler must wait between 0 and terminationGracePeriodSeconds
 * (inclusive; 0 needs Kubernetes 1.33 or the PodLifecycleSleepActionAllowZero gate).
 */
final class LifecycleSleepRejectedCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "lifecycle-sleep-rejected";
  }

  private static final PolicyText STATEFULSET_CONSEQUENCE = PolicyText.of("statefulSetConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(STATEFULSET_CONSEQUENCE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    Optional<Long> grace = GracePeriod.seconds(w);
    if (grace.isEmpty() || grace.get() < 0) {
      return; // a negative period is grace-period-negative's finding
    }
    for (ContainerView c : w.longRunningContainers()) {
      for (String hook : List.of("preStop", "postStart")) {
        YamlNode seconds = c.get("lifecycle").get(hook).at("sleep.seconds");
        Optional<Long> n = seconds.asLong();
        if (n.isEmpty()) {
          continue;
        }
        String problem;
        if (n.get() < 0) {
          problem = "is negative";
        } else if (n.get() > grace.get()) {
          problem = "is longer than the pod's " + GracePeriod.describe(w, grace.get());
        } else {
          continue;
        }
        String message = ("%s: lifecycle.%s.sleep.seconds %d %s; the API server requires a value from 0 to "
            + "terminationGracePeriodSeconds (\"must be greater than 0 and less than terminationGracePeriodSeconds\") "
            + "and rejects the object. %s")
            .formatted(c.describe(), hook, n.get(), problem, n.get() < 0
                ? "Use a positive number of seconds"
                : "Shorten the sleep, or raise terminationGracePeriodSeconds above the sleep plus the app's shutdown time");
        ctx.report(seconds, c, message, "StatefulSet".equals(w.kind()) ? ctx.text(STATEFULSET_CONSEQUENCE) : null);
      }
    }
  }
}

package io.podlint.rules.termination;

import io.podlint.rules.Check;
import java.util.List;

/** Termination and rollout family (domain reference section 3). */
public final class TerminationChecks {
  private TerminationChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new GracePeriodZeroCheck(),
      new GracePeriodNegativeCheck(),
      new GracePeriodLongCheck(),
      new PreStopExceedsGraceCheck(),
      new LifecycleSleepRejectedCheck(),
      new PreStopMissingCheck(),
      new RolloutWithoutReadinessCheck(),
      new RolloutSurgeUnavailableZeroCheck(),
      new RecreateMultipleReplicasCheck(),
      new ActiveDeadlineInControllerCheck(),
      new ActiveDeadlineLongRunningCheck(),
      new ActiveDeadlineInvalidCheck());
}

package io.podlint.rules.disruption;

import io.podlint.rules.Check;
import java.util.List;

/** Disruption and autoscaling: PodDisruptionBudgets and HorizontalPodAutoscalers against the workloads they govern. */
public final class DisruptionChecks {
  private DisruptionChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new PdbBlocksEvictionCheck(),
      new PdbSelectsNothingCheck(),
      new PdbOverlapCheck(),
      new HpaMinAboveMaxCheck(),
      new HpaTargetMissingCheck(),
      new HpaReplicasConflictCheck(),
      new HpaUtilizationWithoutRequestsCheck());
}

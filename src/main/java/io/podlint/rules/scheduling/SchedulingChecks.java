package io.podlint.rules.scheduling;

import io.podlint.rules.Check;
import java.util.List;

/** Scheduling: placement constraints no node can meet, or that do not constrain what they seem to. */
public final class SchedulingChecks {
  private SchedulingChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new NodeAffinityUnsatisfiableCheck(),
      new NodeSelectorContradictsAffinityCheck(),
      new TopologySpreadSelectorNotSelfCheck(),
      new NodePoolNoneEligibleCheck(),
      new AntiAffinityExceedsNodesCheck(),
      new TopologySpreadMinDomainsUnmetCheck());
}

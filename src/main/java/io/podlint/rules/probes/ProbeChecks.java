package io.podlint.rules.probes;

import io.podlint.rules.Check;
import java.util.List;

/** Probe family (domain reference section 2). */
public final class ProbeChecks {
  private ProbeChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ProbeHandlerCountCheck(),
      new ProbePortNameUnknownCheck(),
      new ProbePortUndeclaredCheck(),
      new ProbePortUdpCheck(),
      new ProbePortSiblingCheck(),
      new ProbePortInvalidCheck(),
      new ProbeSchemeInvalidCheck(),
      new ProbeNegativeValueCheck(),
      new ProbeSuccessThresholdCheck(),
      new ProbeTimeoutExceedsPeriodCheck(),
      new ProbeZeroDefaultedCheck(),
      new ProbeLivenessBeforeReadinessCheck(),
      new ProbeOnInitContainerCheck(),
      new ProbeTerminationGraceCheck(),
      new ReadinessProbeMissingCheck(),
      new LivenessProbeMissingCheck(),
      new StartupProbeAdviceCheck(),
      new ExecCommandNotSplitCheck());
}

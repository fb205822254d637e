package io.podlint.rules.validation;

import io.podlint.rules.Check;
import java.util.List;

/**
 * API server semantic validation, part A: object metadata and the pod spec (see
 * {@code docs/api-validation.md} for the upstream function each check mirrors).
 */
public final class ValidationChecks {
  private ValidationChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new SelectorMismatchCheck(),
      new ObjectNameCheck(),
      new LabelInvalidCheck(),
      new AnnotationInvalidCheck(),
      new ContainerNameCheck(),
      new EphemeralContainersCheck(),
      new ContainerPortCheck(),
      new TolerationCheck(),
      new AffinityCheck(),
      new TopologySpreadCheck(),
      new PodDnsCheck(),
      new PodSpecNameCheck(),
      new VolumeNameCheck(),
      new SecurityContextIdCheck(),
      new SecurityContextCheck(),
      new SysctlCheck());
}

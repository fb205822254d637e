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
      new ObjectNameInvalidCheck(),
      new LabelInvalidCheck(),
      new AnnotationInvalidCheck(),
      new ContainerNameInvalidCheck(),
      new EphemeralContainerForbiddenCheck(),
      new ContainerPortInvalidCheck(),
      new TolerationInvalidCheck(),
      new AffinityInvalidCheck(),
      new TopologySpreadInvalidCheck(),
      new PodDnsInvalidCheck(),
      new PodSpecNameInvalidCheck(),
      new VolumeNameInvalidCheck(),
      new SecurityContextIdInvalidCheck(),
      new SecurityContextInvalidCheck(),
      new SysctlInvalidCheck());
}

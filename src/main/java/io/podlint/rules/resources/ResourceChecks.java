package io.podlint.rules.resources;

import io.podlint.rules.Check;
import java.util.List;

/** Resources family: quantities, requests and limits, QoS (domain reference section 4). */
public final class ResourceChecks {
  private ResourceChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ResourcesQuantityInvalidCheck(),
      new ResourcesNameInvalidCheck(),
      new ResourcesNegativeCheck(),
      new ResourcesRequestAboveLimitCheck(),
      new ResourcesLimitsOnlyCheck(),
      new ResourcesNotOvercommittableCheck(),
      new ResourcesExtendedFractionalCheck(),
      new ResourcesHugePagesInvalidCheck(),
      new MissingResourceCheck(),
      new MemoryMilliCheck(),
      new ResourcesCpuMillicoresTypoCheck(),
      new ResourcesCpuSubMillicoreCheck(),
      new ResourcesMemoryLimitTooLowCheck(),
      new ResourcesMemoryUnitMismatchCheck(),
      new ResourcesMemoryDecimalUnitsCheck(),
      new ResourcesExceedsNodeCheck(),
      new ResourcesQosGuaranteedCheck(),
      new ResourcesEphemeralContainerCheck());
}

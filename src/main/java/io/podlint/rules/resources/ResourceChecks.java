package io.podlint.rules.resources;

import io.podlint.rules.Check;
import java.util.List;

/** Resources family: quantities, requests and limits, QoS (domain reference section 4). */
public final class ResourceChecks {
  private ResourceChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new QuantitySyntaxCheck(),
      new ResourceNameCheck(),
      new NegativeQuantityCheck(),
      new RequestAboveLimitCheck(),
      new LimitsOnlyCheck(),
      new NonOvercommittableCheck(),
      new ExtendedResourceIntegerCheck(),
      new HugePagesCheck(),
      new MissingResourceCheck(),
      new MemoryMilliCheck(),
      new CpuMillicoresTypoCheck(),
      new CpuSubMillicoreCheck(),
      new MemoryLimitMinimumCheck(),
      new MemoryUnitMismatchCheck(),
      new MemoryDecimalUnitsCheck(),
      new NodeCapacityCheck(),
      new QosGuaranteedCheck(),
      new EphemeralContainerResourcesCheck());
}

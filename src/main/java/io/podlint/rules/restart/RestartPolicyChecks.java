package io.podlint.rules.restart;

import io.podlint.rules.Check;
import java.util.List;

/** Restart policy family (domain reference section 1). */
public final class RestartPolicyChecks {
  private RestartPolicyChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new RestartPolicyInvalidCheck(),
      new RestartPolicyForKindCheck(),
      new ContainerRestartPolicyCheck(),
      new BarePodCheck());
}

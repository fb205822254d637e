package io.podlint.rules.wiring;

import io.podlint.rules.Check;
import java.util.List;

/** Objects that are valid alone but do not fit each other: Services, Ingresses, StatefulSets, identities. */
public final class WiringChecks {
  private WiringChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ServiceSelectorNoMatchCheck(),
      new ServiceTargetPortCheck(),
      new ServiceSelectsUnrelatedWorkloadsCheck(),
      new IngressBackendMissingCheck(),
      new StatefulSetServiceNotHeadlessCheck(),
      new ObjectDuplicateInFileCheck());
}

package io.podlint.rules.security;

import io.podlint.rules.Check;
import java.util.List;

/** Security-context contradictions that stop a container (sections 7 and 8). */
public final class SecurityChecks {
  private SecurityChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new RunAsNonRootRootUserCheck(),
      new PrivilegedEscalationCheck());
}

package io.podlint.rules.security;

import io.podlint.rules.Check;
import java.util.List;

/**
 * Security-context contradictions that stop a container, and the opt-in hardening checks of the
 * {@code hardening} profile.
 */
public final class SecurityChecks {
  private SecurityChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new RunAsNonRootRootUserCheck(),
      new PrivilegedEscalationCheck(),
      new ReadOnlyRootFilesystemCheck(),
      new ServiceAccountTokenCheck(),
      new SecretEnvLiteralCheck(),
      new RuntimeSocketCheck(),
      new PrivilegedPortCheck(),
      new PrivilegedWithoutLimitsCheck());
}

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
      new PrivilegedWithoutPrivilegeEscalationCheck(),
      new HardeningReadOnlyRootFilesystemCheck(),
      new HardeningServiceAccountTokenCheck(),
      new HardeningSecretEnvLiteralCheck(),
      new HardeningContainerRuntimeSocketCheck(),
      new HardeningPrivilegedPortNonRootCheck(),
      new HardeningPrivilegedWithoutLimitsCheck());
}

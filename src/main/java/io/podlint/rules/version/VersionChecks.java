package io.podlint.rules.version;

import io.podlint.rules.Check;
import java.util.List;

/** What depends on the target Kubernetes release ({@code --kubernetes-version}). */
public final class VersionChecks {
  private VersionChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new ApiVersionRemovedCheck(),
      new ApiVersionDeprecatedCheck(),
      new FieldNewerThanTargetCheck(),
      new FieldFeatureGateOffCheck());
}

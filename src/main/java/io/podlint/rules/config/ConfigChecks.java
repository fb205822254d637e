package io.podlint.rules.config;

import io.podlint.rules.Check;
import java.util.List;

/** Configuration family: references to other objects and environment variables (sections 7 and 8). */
public final class ConfigChecks {
  private ConfigChecks() {}

  public static final List<Check<?>> ALL = List.of(
      new MissingObjectCheck(),
      new ConfigKeyMissingCheck(),
      new EnvNameDuplicateCheck(),
      new EnvNameInvalidCheck(),
      new EnvSourceInvalidCheck());
}

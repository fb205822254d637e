package io.podlint.rules.custom;

import io.podlint.rules.Check;
import java.util.List;

/** Checks that teams configure with data alone. */
public final class CustomChecks {
  private CustomChecks() {}

  public static final List<Check<?>> ALL = List.of(new JsonSchemaCheck());
}

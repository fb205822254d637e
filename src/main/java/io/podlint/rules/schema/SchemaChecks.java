package io.podlint.rules.schema;

import io.podlint.rules.Check;
import java.util.List;

/** Structural validation against the bundled Kubernetes schema and extra schemas (domain reference 0). */
public final class SchemaChecks {
  private SchemaChecks() {}

  public static final List<Check<?>> ALL = List.of(new SchemaCheck());
}

package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.policy.JsonSchemas;
import java.util.List;
import java.util.function.Supplier;

/** The schema of one kind, compiled when an object of that kind is first validated. */
final class KindSchema {
  private final boolean bundled;
  private final Lazy<JsonSchemas.Compiled> compiled;

  KindSchema(boolean bundled, Supplier<JsonSchemas.Compiled> compiler) {
    this.bundled = bundled;
    this.compiled = new Lazy<>(compiler);
  }

  /** From the bundled Kubernetes schema, whose pattern errors are decode errors (quantities, base64). */
  boolean bundled() {
    return bundled;
  }

  List<JsonSchemas.SchemaError> validate(JsonNode instance) {
    return compiled.get().validate(instance);
  }

  JsonSchemas.Compiled compiled() {
    return compiled.get();
  }
}

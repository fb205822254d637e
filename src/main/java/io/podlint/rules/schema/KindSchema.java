package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.policy.JsonSchemas;
import java.util.List;
import java.util.function.Supplier;

/**
 * The schema of one kind, compiled when an object of that kind is first validated.
 *
 * @param key {@code <apiVersion>/<kind>}
 * @param origin where it comes from, for messages: "Kubernetes 1.36" or a file name
 */
final class KindSchema {
  private final String key;
  private final String origin;
  private final boolean bundled;
  private final Supplier<JsonSchemas.Compiled> compiler;
  private volatile JsonSchemas.Compiled compiled;

  KindSchema(String key, String origin, boolean bundled, Supplier<JsonSchemas.Compiled> compiler) {
    this.key = key;
    this.origin = origin;
    this.bundled = bundled;
    this.compiler = compiler;
  }

  String key() {
    return key;
  }

  String origin() {
    return origin;
  }

  /** From the bundled Kubernetes schema, whose pattern errors are decode errors (quantities, base64). */
  boolean bundled() {
    return bundled;
  }

  List<JsonSchemas.SchemaError> validate(JsonNode instance) {
    return compiled().validate(instance);
  }

  JsonSchemas.Compiled compiled() {
    JsonSchemas.Compiled c = compiled;
    if (c == null) {
      synchronized (this) {
        c = compiled;
        if (c == null) {
          c = compiler.get();
          compiled = c;
        }
      }
    }
    return c;
  }
}

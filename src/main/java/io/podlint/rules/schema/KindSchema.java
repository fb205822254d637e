package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.parse.JsonSchemas;
import io.podlint.util.Lazy;
import java.util.List;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The schema of one kind, compiled when an object of that kind is first validated: by the full
 * validator, and for the bundled schema also as a {@link QuickSchema} that clears valid objects
 * without it.
 */
final class KindSchema {
  private final boolean bundled;
  private final Lazy<JsonSchemas.Compiled> compiled;
  private final Lazy<QuickSchema> quick;

  KindSchema(boolean bundled, Supplier<JsonSchemas.Compiled> compiler) {
    this(bundled, compiler, null);
  }

  KindSchema(boolean bundled, Supplier<JsonSchemas.Compiled> compiler, Supplier<QuickSchema> quick) {
    this.bundled = bundled;
    this.compiled = new Lazy<>(compiler);
    this.quick = quick == null ? null : new Lazy<>(quick);
  }

  /** Whether the object is certainly valid without running the full validator (false: run it). */
  boolean certainlyValid(Node object) {
    return quick != null && quick.get().isValid(object);
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

package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The one place that talks to networknt json-schema-validator. */
public final class JsonSchemas {
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .pathType(PathType.JSON_POINTER)
      .locale(Locale.ENGLISH)
      .formatAssertionsEnabled(true)
      .build();

  private JsonSchemas() {}

  /**
   * One validation error.
   *
   * @param path the instance path: property names (String) and array indexes (Integer)
   * @param keyword the schema keyword that failed, such as {@code additionalProperties}
   * @param property the property concerned, for {@code required} and {@code additionalProperties}
   */
  public record SchemaError(List<Object> path, String keyword, String message, String property,
      Object[] arguments) {}

  /** A compiled schema. */
  public static final class Compiled {
    private final JsonSchema schema;

    private Compiled(JsonSchema schema) {
      this.schema = schema;
    }

    public List<SchemaError> validate(JsonNode instance) {
      List<SchemaError> out = new ArrayList<>();
      for (ValidationMessage m : schema.validate(instance)) {
        out.add(new SchemaError(segments(m.getInstanceLocation()), m.getType(), m.getMessage(),
            m.getProperty(), m.getArguments()));
      }
      out.sort(Comparator.comparing((SchemaError e) -> e.path().toString()).thenComparing(SchemaError::message));
      return out;
    }
  }

  /** Compiles a draft 2020-12 schema (or the draft its {@code $schema} names). */
  public static Compiled compile(JsonNode schema) {
    SpecVersion.VersionFlag version = schema.has("$schema")
        ? com.networknt.schema.SpecVersionDetector.detect(schema) : SpecVersion.VersionFlag.V202012;
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version);
    return new Compiled(factory.getSchema(schema, CONFIG));
  }

  private static List<Object> segments(JsonNodePath path) {
    List<Object> out = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      out.add(path.getElement(i));
    }
    return out;
  }
}

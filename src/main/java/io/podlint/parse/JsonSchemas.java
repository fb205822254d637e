package io.podlint.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
   * @param schemaLocation the absolute location of the failing keyword, such as
   *     {@code classpath:schemas/kubernetes.json#/$defs/io.k8s.api.core.v1.Container/additionalProperties}
   * @param schemaValue the value of the failing keyword (the enum list, the expected type...)
   */
  public record SchemaError(List<Object> path, String keyword, String message, String property,
      Object[] arguments, String schemaLocation, JsonNode schemaValue) {}

  /** A compiled schema. Thread-safe: {@code $ref}s loaded lazily are resolved at most once. */
  public static final class Compiled {
    private final JsonSchema schema;

    private Compiled(JsonSchema schema) {
      this.schema = schema;
    }

    public List<SchemaError> validate(JsonNode instance) {
      List<SchemaError> out = new ArrayList<>();
      for (ValidationMessage m : schema.validate(instance)) {
        out.add(new SchemaError(segments(m.getInstanceLocation()), m.getType(), m.getMessage(),
            m.getProperty(), m.getArguments(), String.valueOf(m.getSchemaLocation()), m.getSchemaNode()));
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

  /**
   * A schema document for validating manifests, known under {@code uri}, whose parts compile on
   * request: {@code $ref}s are loaded when validation first needs them, {@code format} is an
   * annotation only, and {@code $ref}s may point into other documents such as the bundled
   * Kubernetes schema ({@code classpath:schemas/kubernetes.json#/$defs/...}).
   */
  public static ManifestSchemaDocument manifestSchemaDocument(String uri, JsonNode document) {
    return new ManifestSchemaDocument(Manifests.FACTORY.getSchema(SchemaLocation.of(uri), document, Manifests.CONFIG));
  }

  /** See {@link #manifestSchemaDocument}. The document is parsed once, by the caller. */
  public static final class ManifestSchemaDocument {
    private final JsonSchema root;

    private ManifestSchemaDocument(JsonSchema root) {
      this.root = root;
    }

    /** The whole document as a schema. */
    public Compiled whole() {
      return new Compiled(root);
    }

    /** The schema at a JSON pointer of the document, such as {@code /$defs/io.k8s.api.apps.v1.Deployment}. */
    public synchronized Compiled part(String pointer) {
      return new Compiled(root.getSubSchema(SchemaLocation.of("#" + pointer).getFragment()));
    }
  }

  /** Created on first use, so that runs without schema policies do not pay for it. */
  private static final class Manifests {
    private static final Set<String> REMOTE = Set.of("http", "https", "ftp");
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .locale(Locale.ENGLISH)
        .preloadJsonSchema(false)
        .build();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
        .schemaLoaders(loaders -> loaders.values(list -> list.add(0, iri ->
            iri.getScheme() != null && REMOTE.contains(iri.getScheme().toLowerCase(Locale.ROOT))
                ? () -> {
                  throw new IOException("podlint does not fetch schemas from the network: " + iri);
                }
                : null)))
        .build();
  }

  private static List<Object> segments(JsonNodePath path) {
    List<Object> out = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      out.add(path.getElement(i));
    }
    return out;
  }
}

package io.podlint.rules.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.podlint.parse.JsonSchemas;
import io.podlint.util.Lazy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The schemas of a run: the bundled Kubernetes schema and the extra schema files of
 * {@link io.podlint.rules.LintSettings#extraSchemas()}. Files are read once per run and each kind
 * is compiled when an object of that kind is first validated; the root dispatcher of the bundled
 * file is never compiled (it would compile every kind).
 */
public final class SchemaCatalog {
  static final String BUNDLED_URI = "classpath:schemas/kubernetes.json";
  private static final Map<List<Path>, SchemaCatalog> BY_FILES = new ConcurrentHashMap<>();

  private final Map<String, KindSchema> kinds;
  private final Map<String, JsonNode> documents;

  private SchemaCatalog(Map<String, KindSchema> kinds, Map<String, JsonNode> documents) {
    this.kinds = kinds;
    this.documents = documents;
  }

  /**
   * Reads the extra schema files (CRDs or JSON Schemas, see {@code docs/schemas.md}) so that a
   * bad file is reported before linting starts; later calls with the same files reuse them.
   */
  public static void load(List<Path> extraFiles) throws SchemaFileException {
    if (!extraFiles.isEmpty()) {
      catalog(extraFiles);
    }
  }

  /** The catalog for a run's settings; a bad file here is an internal error (the CLI loads first). */
  static SchemaCatalog of(List<Path> extraFiles) {
    try {
      return catalog(extraFiles);
    } catch (SchemaFileException e) {
      throw new IllegalStateException("extra schemas cannot be used: " + e.getMessage(), e);
    }
  }

  private static SchemaCatalog catalog(List<Path> extraFiles) throws SchemaFileException {
    if (extraFiles.isEmpty()) {
      return Bundled.CATALOG;
    }
    List<Path> key = List.copyOf(extraFiles);
    SchemaCatalog cached = BY_FILES.get(key);
    if (cached != null) {
      return cached;
    }
    List<ExtraSchemaFiles.ExtraSchema> extras = ExtraSchemaFiles.load(key);
    Map<String, KindSchema> kinds = new HashMap<>(Bundled.CATALOG.kinds);
    Map<String, JsonNode> documents = new HashMap<>(Bundled.CATALOG.documents);
    List<String> problems = new ArrayList<>();
    for (ExtraSchemaFiles.ExtraSchema x : extras) {
      documents.put(x.uri(), x.document());
      KindSchema schema = new KindSchema(false, () -> JsonSchemas.manifestSchemaDocument(x.uri(), x.document()).whole());
      try {
        schema.compiled(); // a handful of user schemas: compile now so that a broken one is a usage error
      } catch (RuntimeException e) {
        problems.add("%s: the schema for %s does not compile: %s".formatted(x.origin(), x.key(), e.getMessage()));
      }
      kinds.put(x.key(), schema);
    }
    if (!problems.isEmpty()) {
      throw new SchemaFileException(problems);
    }
    SchemaCatalog catalog = new SchemaCatalog(Map.copyOf(kinds), Map.copyOf(documents));
    SchemaCatalog raced = BY_FILES.putIfAbsent(key, catalog);
    return raced != null ? raced : catalog;
  }

  /** The schema for {@code apiVersion} and {@code kind}, if the bundled schema or an extra file has one. */
  Optional<KindSchema> forKind(String apiVersion, String kind) {
    if (apiVersion == null || kind == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(kinds.get(apiVersion + "/" + kind));
  }

  /**
   * The property names an object schema allows, given the location of one of its keywords (such
   * as {@code .../io.k8s.api.core.v1.Container/additionalProperties}); empty when unknown.
   */
  List<String> propertyNames(String keywordLocation) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = schemaOf(keywordLocation).path("properties").fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** Another keyword of the schema that holds {@code keywordLocation}, such as the {@code enum} next to a {@code type}. */
  JsonNode sibling(String keywordLocation, String keyword) {
    return schemaOf(keywordLocation).path(keyword);
  }

  private JsonNode schemaOf(String keywordLocation) {
    int hash = keywordLocation.indexOf('#');
    JsonNode document = hash < 0 ? null : documents.get(keywordLocation.substring(0, hash));
    String pointer = hash < 0 ? "" : keywordLocation.substring(hash + 1);
    int slash = pointer.lastIndexOf('/');
    if (document == null || slash < 0) {
      return MissingNode.getInstance();
    }
    try {
      return document.at(JsonPointer.compile(pointer.substring(0, slash)));
    } catch (IllegalArgumentException e) {
      return MissingNode.getInstance();
    }
  }

  /** The bundled schema, read on first use. */
  private static final class Bundled {
    static final SchemaCatalog CATALOG = read();

    private static SchemaCatalog read() {
      JsonNode document;
      try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream("schemas/kubernetes.json")) {
        if (in == null) {
          throw new IllegalStateException("schemas/kubernetes.json is missing from the class path");
        }
        document = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // networknt compiles parts of the tree parsed here: the file is read once per run.
      Supplier<JsonSchemas.ManifestSchemaDocument> compiled =
          new Lazy<>(() -> JsonSchemas.manifestSchemaDocument(BUNDLED_URI, document));
      Map<String, KindSchema> kinds = new HashMap<>();
      document.path("kinds").properties().forEach(e -> {
        String pointer = e.getValue().asText().substring(1); // "#/$defs/..." -> "/$defs/..."
        kinds.put(e.getKey(), new KindSchema(true, () -> compiled.get().part(pointer),
            () -> QuickSchema.compile(document, pointer)));
      });
      return new SchemaCatalog(Map.copyOf(kinds), Map.of(BUNDLED_URI, document));
    }
  }
}

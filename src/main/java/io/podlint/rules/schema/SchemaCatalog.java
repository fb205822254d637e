package io.podlint.rules.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.podlint.parse.JsonSchemas;
import io.podlint.k8s.KubernetesVersion;
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
 * The schemas of a run: the Kubernetes schema of the target release and the extra schema files of
 * {@link io.podlint.rules.LintSettings#extraSchemas()}. Files are read once per run and each kind
 * is compiled when an object of that kind is first validated; the root dispatcher of the bundled
 * file is never compiled (it would compile every kind). The bundled schema is the newest
 * release's ({@link KubernetesVersion#DEFAULT}); an older target gets it with that release's
 * patches ({@link ReleaseSchemas}), built once per release.
 */
public final class SchemaCatalog {
  static final String BUNDLED_URI = "classpath:schemas/kubernetes.json";
  private static final Map<List<Object>, SchemaCatalog> BY_FILES = new ConcurrentHashMap<>();
  private static final Map<KubernetesVersion, SchemaCatalog> BY_RELEASE = new ConcurrentHashMap<>();

  private final Map<String, KindSchema> kinds;
  private final Map<String, JsonNode> documents;
  /** The older release whose patched schema this is; null for the bundled (newest) schema. */
  private final KubernetesVersion olderRelease;

  private SchemaCatalog(Map<String, KindSchema> kinds, Map<String, JsonNode> documents, KubernetesVersion olderRelease) {
    this.kinds = kinds;
    this.documents = documents;
    this.olderRelease = olderRelease;
  }

  /**
   * Reads the extra schema files (CRDs or JSON Schemas, see {@code docs/schemas.md}) so that a
   * bad file is reported before linting starts; later calls with the same files reuse them.
   */
  public static void load(List<Path> extraFiles) throws SchemaFileException {
    if (!extraFiles.isEmpty()) {
      catalog(extraFiles, KubernetesVersion.DEFAULT);
    }
  }

  /** The catalog for a run's settings; a bad file here is an internal error (the CLI loads first). */
  static SchemaCatalog of(List<Path> extraFiles) {
    return of(extraFiles, KubernetesVersion.DEFAULT);
  }

  /** The catalog for the extra files and the target release's Kubernetes schema. */
  static SchemaCatalog of(List<Path> extraFiles, KubernetesVersion target) {
    try {
      return catalog(extraFiles, target);
    } catch (SchemaFileException e) {
      throw new IllegalStateException("extra schemas cannot be used: " + e.getMessage(), e);
    }
  }

  private static SchemaCatalog catalog(List<Path> extraFiles, KubernetesVersion target) throws SchemaFileException {
    SchemaCatalog kubernetes = kubernetes(target);
    if (extraFiles.isEmpty()) {
      return kubernetes;
    }
    List<Object> key = List.of(List.copyOf(extraFiles), target);
    SchemaCatalog cached = BY_FILES.get(key);
    if (cached != null) {
      return cached;
    }
    List<ExtraSchemaFiles.ExtraSchema> extras = ExtraSchemaFiles.load(List.copyOf(extraFiles));
    Map<String, KindSchema> kinds = new HashMap<>(kubernetes.kinds);
    Map<String, JsonNode> documents = new HashMap<>(kubernetes.documents);
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
    SchemaCatalog catalog = new SchemaCatalog(Map.copyOf(kinds), Map.copyOf(documents), kubernetes.olderRelease);
    SchemaCatalog raced = BY_FILES.putIfAbsent(key, catalog);
    return raced != null ? raced : catalog;
  }

  /** The Kubernetes schema of the target: the bundled one, or an older release's, built on first use. */
  private static SchemaCatalog kubernetes(KubernetesVersion target) {
    if (target.equals(KubernetesVersion.DEFAULT)) {
      return Bundled.CATALOG;
    }
    return BY_RELEASE.computeIfAbsent(target, v -> Bundled.catalog(
        "classpath:schemas/kubernetes-" + v + ".json", ReleaseSchemas.document(Bundled.DOCUMENT, v), v));
  }

  /** The older target release this catalog's Kubernetes schema is for; empty for the bundled (newest) release. */
  Optional<KubernetesVersion> olderRelease() {
    return Optional.ofNullable(olderRelease);
  }

  /**
   * The keyword next to {@code keywordLocation} as the bundled (newest) schema has it, such as
   * the {@code enum} that the newest release allows where an older target allows fewer values.
   */
  JsonNode newestSibling(String keywordLocation, String keyword) {
    int hash = keywordLocation.indexOf('#');
    return hash < 0 ? MissingNode.getInstance()
        : Bundled.CATALOG.sibling(BUNDLED_URI + keywordLocation.substring(hash), keyword);
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
    static final JsonNode DOCUMENT = read();
    static final SchemaCatalog CATALOG = catalog(BUNDLED_URI, DOCUMENT, null);

    private static JsonNode read() {
      try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream("schemas/kubernetes.json")) {
        if (in == null) {
          throw new IllegalStateException("schemas/kubernetes.json is missing from the class path");
        }
        return new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A catalog of the kinds of a Kubernetes schema document known under {@code uri}. */
    static SchemaCatalog catalog(String uri, JsonNode document, KubernetesVersion olderRelease) {
      // networknt compiles parts of the tree parsed here: the file is read once per run.
      Supplier<JsonSchemas.ManifestSchemaDocument> compiled =
          new Lazy<>(() -> JsonSchemas.manifestSchemaDocument(uri, document));
      Map<String, KindSchema> kinds = new HashMap<>();
      document.path("kinds").properties().forEach(e -> {
        String pointer = e.getValue().asText().substring(1); // "#/$defs/..." -> "/$defs/..."
        kinds.put(e.getKey(), new KindSchema(true, () -> compiled.get().part(pointer),
            () -> QuickSchema.compile(document, pointer)));
      });
      return new SchemaCatalog(Map.copyOf(kinds), Map.of(uri, document), olderRelease);
    }
  }
}

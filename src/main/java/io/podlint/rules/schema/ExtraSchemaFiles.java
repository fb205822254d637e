package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.parse.Document;
import io.podlint.parse.ParseProblem;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the schema files given with {@code --schema}: CustomResourceDefinitions (every served
 * version's {@code openAPIV3Schema}) and JSON Schemas whose root names their kinds in
 * {@code x-kubernetes-group-version-kind}. A folder stands for the schema files below it.
 */
final class ExtraSchemaFiles {
  private static final String GVK = "x-kubernetes-group-version-kind";

  /**
   * One kind's schema.
   *
   * @param key {@code <apiVersion>/<kind>}
   * @param uri the base URI the schema document is known under
   * @param origin the file and line it comes from, for messages
   */
  record ExtraSchema(String key, String uri, JsonNode document, String origin) {}

  private ExtraSchemaFiles() {}

  static List<ExtraSchema> load(List<Path> paths) throws SchemaFileException {
    List<String> problems = new ArrayList<>();
    Map<String, ExtraSchema> byKey = new LinkedHashMap<>();
    Map<Path, Boolean> files = expand(paths, problems);
    for (Map.Entry<Path, Boolean> f : files.entrySet()) {
      Path file = f.getKey();
      boolean named = f.getValue();
      int before = byKey.size();
      int problemsBefore = problems.size();
      for (ExtraSchema x : readFile(file, named, problems)) {
        ExtraSchema previous = byKey.putIfAbsent(x.key(), x);
        if (previous != null) {
          problems.add("%s: the schema for %s is already defined by %s".formatted(x.origin(), x.key(), previous.origin()));
        }
      }
      if (named && byKey.size() == before && problems.size() == problemsBefore) {
        problems.add(file + ": defines no schema (CustomResourceDefinitions without openAPIV3Schema are skipped)");
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemaFileException(problems);
    }
    return List.copyOf(byKey.values());
  }

  /** The files to read, each mapped to whether it was named itself (true) or found in a folder. */
  private static Map<Path, Boolean> expand(List<Path> paths, List<String> problems) {
    Map<Path, Boolean> files = new LinkedHashMap<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)"))
              .sorted().forEach(f -> files.putIfAbsent(f, false));
        } catch (IOException e) {
          problems.add(p + ": cannot read the folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        files.put(p, true);
      } else {
        problems.add(p + ": no such schema file");
      }
    }
    return files;
  }

  /** @param named given by name: then everything in it must be a schema; in a folder, other objects are skipped */
  private static List<ExtraSchema> readFile(Path file, boolean named, List<String> problems) {
    ParsedFile parsed;
    try {
      parsed = new YamlParser().parse(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
      return List.of();
    }
    for (ParseProblem p : parsed.problems()) {
      if (p.kind() != ParseProblem.Kind.DUPLICATE_KEY) {
        problems.add("%s:%s: %s".formatted(file, p.location(), p.message()));
      }
    }
    List<ExtraSchema> out = new ArrayList<>();
    for (Document d : parsed.documents()) {
      YamlNode root = d.root();
      if ("CustomResourceDefinition".equals(d.kind())) {
        out.addAll(fromCrd(file, root, problems));
      } else if (root.has(GVK)) {
        out.addAll(fromJsonSchema(file, d, problems));
      } else if (named) {
        problems.add("%s:%s: neither a CustomResourceDefinition nor a JSON Schema with %s (see docs/schemas.md)"
            .formatted(file, root.location(), GVK));
      }
    }
    return out;
  }

  private static List<ExtraSchema> fromCrd(Path file, YamlNode crd, List<String> problems) {
    String group = crd.at("spec.group").text();
    String kind = crd.at("spec.names.kind").text();
    if (group == null || kind == null) {
      problems.add("%s:%s: CustomResourceDefinition without spec.group or spec.names.kind".formatted(file, crd.location()));
      return List.of();
    }
    List<ExtraSchema> out = new ArrayList<>();
    YamlNode legacy = crd.at("spec.validation.openAPIV3Schema"); // apiextensions.k8s.io/v1beta1
    for (YamlNode version : crd.at("spec.versions").items()) {
      String name = version.get("name").text();
      YamlNode schema = version.at("schema.openAPIV3Schema");
      if (!schema.isMapping()) {
        schema = legacy;
      }
      if (name == null || !schema.isMapping() || "false".equals(version.get("served").text())) {
        continue;
      }
      String key = group + "/" + name + "/" + kind;
      out.add(new ExtraSchema(key, "urn:podlint:crd:" + key.replace('/', ':'),
          OpenApiSchemas.customResource(ManifestJson.of(schema, false).json()),
          "%s:%d".formatted(file, schema.location().line())));
    }
    if (crd.at("spec.versions").items().isEmpty() && legacy.isMapping() && crd.at("spec.version").text() != null) {
      String key = group + "/" + crd.at("spec.version").text() + "/" + kind;
      out.add(new ExtraSchema(key, "urn:podlint:crd:" + key.replace('/', ':'),
          OpenApiSchemas.customResource(ManifestJson.of(legacy, false).json()),
          "%s:%d".formatted(file, legacy.location().line())));
    }
    return out;
  }

  /** The first {@code $ref} to an http(s) location, or null. */
  private static String remoteRef(JsonNode schema) {
    if (schema.isObject()) {
      JsonNode ref = schema.get("$ref");
      if (ref != null && ref.isTextual() && ref.textValue().matches("(?i)(https?|ftp):.*")) {
        return ref.textValue();
      }
    }
    for (JsonNode child : schema) {
      String found = remoteRef(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<ExtraSchema> fromJsonSchema(Path file, Document d, List<String> problems) {
    JsonNode schema = ManifestJson.of(d.root(), false).json();
    JsonNode gvks = schema.get(GVK);
    List<JsonNode> list = new ArrayList<>();
    if (gvks.isArray()) {
      gvks.forEach(list::add);
    } else {
      list.add(gvks);
    }
    String remote = remoteRef(schema);
    if (remote != null) {
      problems.add("%s:%s: $ref \"%s\" points to the network; podlint never fetches schemas: save it next to this file and refer to it by a relative path"
          .formatted(file, d.root().location(), remote));
      return List.of();
    }
    String uri = file.toAbsolutePath().toUri() + (d.index() == 0 ? "" : "?document=" + d.index());
    List<ExtraSchema> out = new ArrayList<>();
    for (JsonNode gvk : list) {
      String version = gvk.path("version").asText("");
      String kind = gvk.path("kind").asText("");
      String group = gvk.path("group").asText("");
      if (version.isEmpty() || kind.isEmpty()) {
        problems.add("%s:%s: each %s entry needs version and kind (and group, empty for the core group)"
            .formatted(file, d.root().get(GVK).location(), GVK));
        continue;
      }
      String key = (group.isEmpty() ? "" : group + "/") + version + "/" + kind;
      out.add(new ExtraSchema(key, uri, schema, "%s:%d".formatted(file, d.root().location().line())));
    }
    return out;
  }
}

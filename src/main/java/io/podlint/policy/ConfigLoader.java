package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.model.Severity;
import io.podlint.parse.JsonSchemas;
import io.podlint.parse.JsonTree;
import io.podlint.parse.Location;
import io.podlint.parse.ParseProblem;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds, validates and reads {@code .podlint.yaml}. */
public final class ConfigLoader {
  public static final List<String> FILE_NAMES = List.of(".podlint.yaml", ".podlint.yml");

  private ConfigLoader() {}

  /**
   * The config file for a run started in {@code start}: the first {@code .podlint.yaml} in it or
   * its parents, stopping at the repository root (the folder that holds {@code .git}).
   */
  public static Optional<Path> discover(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** Reads and validates a config file; every problem is one {@code file:line:col: message}. */
  public static Config load(Path file) throws PolicyException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyException(List.of(file + ": cannot read config file: " + e.getMessage()));
    }
    String name = file.toString();
    ParsedFile parsed = new YamlParser().parse(name, bytes);
    List<String> problems = new ArrayList<>();
    for (ParseProblem p : parsed.problems()) {
      problems.add("%s:%s: %s".formatted(name, p.location(), p.message()));
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    if (parsed.documents().isEmpty()) {
      Optional<Location> content = firstContent(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      if (content.isPresent()) { // a list or a scalar, which the manifest parser skips
        throw new PolicyException(List.of("%s:%s: the file must be a mapping of settings (failOn, rules, exclude...)"
            .formatted(name, content.get())));
      }
      return new Config(file, null, null, Map.of(), List.of(), List.of(), List.of(), Map.of());
    }
    if (parsed.documents().size() > 1) {
      throw new PolicyException(List.of("%s:%s: a config file holds one YAML document; remove this one or merge it into the first"
          .formatted(name, parsed.documents().get(1).root().location())));
    }
    YamlNode root = parsed.documents().get(0).root();
    JsonNode json = JsonTree.of(root);
    for (ConfigProblems.Problem p : ConfigProblems.of(schemaJson(), json, root, schema().validate(json))) {
      problems.add("%s:%s: %s".formatted(name, p.location(), p.message()));
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    Path base = file.toAbsolutePath().getParent();
    Map<String, Config.RuleOverride> rules = new LinkedHashMap<>();
    json.path("rules").properties().forEach(e -> rules.put(e.getKey(),
        override(e.getValue(), root.get("rules").get(e.getKey()).keyLocation())));
    Map<String, String> kinds = new LinkedHashMap<>();
    json.path("workloadKinds").properties().forEach(e -> kinds.put(e.getKey(), e.getValue().asText()));
    return new Config(file,
        json.has("failOn") ? json.get("failOn").asText() : null,
        json.has("closedWorld") ? json.get("closedWorld").asBoolean() : null,
        rules, strings(json.path("exclude")),
        strings(json.path("policies")).stream().map(base::resolve).toList(),
        strings(json.path("schemas")).stream().map(base::resolve).toList(),
        kinds,
        // the scalar as written: 1.30 unquoted is the number 1.3 to JSON
        json.has("kubernetesVersion") ? root.get("kubernetesVersion").text() : null,
        podSecurity(json.get("podSecurity")), strings(json.path("profiles")),
        json.has("clusterProfile") ? base.resolve(json.get("clusterProfile").asText()) : null,
        render(json.path("render"), base));
  }

  /**
   * {@code podSecurity: LEVEL[:VERSION]} (a warn level: findings are warnings) or a mapping of
   * {@code enforce}, {@code warn} and {@code audit} to levels; the schema checked the grammar.
   */
  private static NamespacePolicy podSecurity(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    Map<Mode, LevelVersion> modes = new java.util.EnumMap<>(Mode.class);
    if (v.isTextual()) {
      LevelVersion.parse(v.asText()).ifPresent(lv -> modes.put(Mode.WARN, lv));
    } else {
      for (Mode m : Mode.values()) {
        if (v.has(m.label())) {
          LevelVersion.parse(v.get(m.label()).asText()).ifPresent(lv -> modes.put(m, lv));
        }
      }
    }
    return new NamespacePolicy(modes);
  }

  /** The render key: tool names as written, files and chart folders resolved against the config's folder. */
  private static RenderSettings render(JsonNode r, Path base) {
    if (!r.isObject()) {
      return null;
    }
    Map<String, RenderSettings.Chart> charts = new LinkedHashMap<>();
    r.path("charts").properties().forEach(e ->
        charts.put(base.resolve(e.getKey()).normalize().toString(), chart(e.getValue(), base)));
    return new RenderSettings(text(r, "helm", base), text(r, "kustomize", base), text(r, "kubectl", base),
        chart(r, base), charts, null);
  }

  private static RenderSettings.Chart chart(JsonNode c, Path base) {
    return new RenderSettings.Chart(strings(c.path("values")).stream().map(v -> base.resolve(v).toString()).toList(),
        strings(c.path("set")), c.has("releaseName") ? c.get("releaseName").asText() : null,
        c.has("namespace") ? c.get("namespace").asText() : null);
  }

  /** A tool: a bare name is looked up on PATH, a path is resolved against the config's folder. */
  private static String text(JsonNode r, String key, Path base) {
    if (!r.has(key)) {
      return null;
    }
    String v = r.get(key).asText();
    return v.contains("/") ? base.resolve(v).normalize().toString() : v;
  }

  /** The first line that is neither blank, a comment nor a document marker, if any. */
  private static Optional<Location> firstContent(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.equals("---") && !t.equals("...")) {
        return Optional.of(new Location(i + 1, lines[i].indexOf(t.charAt(0)) + 1));
      }
    }
    return Optional.empty();
  }

  private static Config.RuleOverride override(JsonNode v, Location at) {
    if (v.isBoolean()) {
      return new Config.RuleOverride(v.asBoolean(), null, null, at);
    }
    if (v.isTextual()) {
      return switch (v.asText()) {
        case "off" -> new Config.RuleOverride(false, null, null, at);
        case "on" -> new Config.RuleOverride(true, null, null, at);
        default -> new Config.RuleOverride(true, Severity.parse(v.asText()), null, at);
      };
    }
    return new Config.RuleOverride(
        v.has("enabled") ? v.get("enabled").asBoolean() : null,
        v.has("severity") ? Severity.parse(v.get("severity").asText()) : null,
        v.get("params"), at);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The bundled schema's resource name (also printed by {@code podlint config-schema}). */
  public static final String SCHEMA_RESOURCE = "schemas/podlint-config.schema.json";

  private static JsonNode schemaJson;
  private static JsonSchemas.Compiled compiled;

  private static synchronized JsonNode schemaJson() {
    if (schemaJson == null) {
      try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
        schemaJson = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemaJson;
  }

  private static synchronized JsonSchemas.Compiled schema() {
    if (compiled == null) {
      compiled = JsonSchemas.compile(schemaJson());
    }
    return compiled;
  }
}

package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.model.Severity;
import io.podlint.parse.JsonTree;
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
      return new Config(file, null, null, Map.of(), List.of(), List.of(), List.of(), Map.of());
    }
    YamlNode root = parsed.documents().get(0).root();
    JsonNode json = JsonTree.of(root);
    for (JsonSchemas.SchemaError e : schema().validate(json)) {
      problems.add("%s:%s: %s".formatted(name, root.follow(e.path()).location(), e.message()));
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    Path base = file.toAbsolutePath().getParent();
    Map<String, Config.RuleOverride> rules = new LinkedHashMap<>();
    json.path("rules").properties().forEach(e -> rules.put(e.getKey(), override(e.getValue())));
    Map<String, String> kinds = new LinkedHashMap<>();
    json.path("workloadKinds").properties().forEach(e -> kinds.put(e.getKey(), e.getValue().asText()));
    return new Config(file,
        json.has("failOn") ? json.get("failOn").asText() : null,
        json.has("closedWorld") ? json.get("closedWorld").asBoolean() : null,
        rules, strings(json.path("exclude")),
        strings(json.path("policies")).stream().map(base::resolve).toList(),
        strings(json.path("schemas")).stream().map(base::resolve).toList(),
        kinds, json.has("clusterProfile") ? base.resolve(json.get("clusterProfile").asText()) : null);
  }

  private static Config.RuleOverride override(JsonNode v) {
    if (v.isBoolean()) {
      return new Config.RuleOverride(v.asBoolean(), null, null);
    }
    if (v.isTextual()) {
      return switch (v.asText()) {
        case "off" -> new Config.RuleOverride(false, null, null);
        case "on" -> new Config.RuleOverride(true, null, null);
        default -> new Config.RuleOverride(true, Severity.parse(v.asText()), null);
      };
    }
    return new Config.RuleOverride(
        v.has("enabled") ? v.get("enabled").asBoolean() : null,
        v.has("severity") ? Severity.parse(v.get("severity").asText()) : null,
        v.get("params"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonSchemas.Compiled compiled;

  private static synchronized JsonSchemas.Compiled schema() {
    if (compiled == null) {
      try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream("schemas/podlint-config.schema.json")) {
        compiled = JsonSchemas.compile(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }
}

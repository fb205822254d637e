package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.k8s.Quantity;
import io.podlint.model.ClusterProfile;
import io.podlint.parse.JsonSchemas;
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

/**
 * Reads and validates a cluster profile file (schema {@code schemas/cluster-profile.schema.json});
 * every problem is one {@code file:line:col: message}, as for the config file.
 */
public final class ClusterProfileLoader {
  private ClusterProfileLoader() {}

  public static ClusterProfile load(Path file) throws PolicyException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyException(List.of(file + ": cannot read cluster profile: "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage())));
    }
    String name = file.toString();
    ParsedFile parsed = new YamlParser().parse(name, bytes);
    List<String> problems = new ArrayList<>();
    for (ParseProblem p : parsed.problems()) {
      problems.add("%s:%s: %s".formatted(name, p.location(), p.message()));
    }
    if (problems.isEmpty() && parsed.documents().isEmpty()) {
      problems.add(name + ":1:1: the cluster profile is empty (it needs nodePools)");
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    YamlNode root = parsed.documents().get(0).root();
    JsonNode json = JsonTree.of(root);
    for (JsonSchemas.SchemaError e : schema().validate(json)) {
      problems.add("%s:%s: %s".formatted(name, root.follow(e.path()).location(), e.message()));
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    List<ClusterProfile.NodePool> pools = new ArrayList<>();
    List<YamlNode> poolNodes = root.get("nodePools").items();
    for (int i = 0; i < poolNodes.size(); i++) {
      YamlNode p = poolNodes.get(i);
      JsonNode j = json.get("nodePools").get(i);
      Map<String, Quantity> allocatable = new LinkedHashMap<>();
      for (YamlNode.Entry e : p.get("allocatable").entries()) {
        String text = e.value().text("");
        var q = Quantity.tryParse(text);
        if (q.isEmpty()) {
          problems.add("%s:%s: allocatable.%s: \"%s\" is not a quantity".formatted(name, e.value().location(), e.key(), text));
        } else {
          allocatable.put(e.key(), q.get());
        }
      }
      Map<String, String> labels = new LinkedHashMap<>();
      j.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
      List<ClusterProfile.Taint> taints = new ArrayList<>();
      j.path("taints").forEach(t -> taints.add(new ClusterProfile.Taint(t.get("key").asText(),
          t.has("value") ? t.get("value").asText() : null, t.get("effect").asText())));
      List<String> zones = new ArrayList<>();
      j.path("zones").forEach(z -> zones.add(z.asText()));
      pools.add(new ClusterProfile.NodePool(j.get("name").asText(), j.get("count").asLong(), allocatable, labels,
          taints, zones));
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    return new ClusterProfile(name, pools);
  }

  private static JsonSchemas.Compiled compiled;

  private static synchronized JsonSchemas.Compiled schema() {
    if (compiled == null) {
      try (InputStream in = ClusterProfileLoader.class.getClassLoader()
          .getResourceAsStream("schemas/cluster-profile.schema.json")) {
        compiled = JsonSchemas.compile(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }
}

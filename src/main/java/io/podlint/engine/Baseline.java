package io.podlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.model.Finding;
import io.podlint.model.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline: the findings a team has accepted, by fingerprint. Linting against it reports only
 * new findings; a fingerprint that occurs N times in the baseline accepts N findings.
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, Integer> counts;

  private Baseline(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** Writes every finding of {@code result} (suppressed ones excluded) to {@code file}. */
  public static void write(LintResult result, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("comment", "podlint baseline: these findings are accepted; podlint lint --baseline FILE reports only new ones");
    ArrayNode list = root.putArray("findings");
    result.findings().stream()
        .map(f -> new String[] {Fingerprints.of(f), f.ruleId(), f.file(), f.message()})
        .sorted((a, b) -> (a[2] + a[1] + a[0] + a[3]).compareTo(b[2] + b[1] + b[0] + b[3]))
        .forEach(a -> {
          ObjectNode o = list.addObject();
          o.put("fingerprint", a[0]);
          o.put("ruleId", a[1]);
          o.put("file", a[2]);
          o.put("message", a[3]);
        });
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JSON.writeValueAsString(root) + "\n");
  }

  /** Reads a baseline file; a malformed one is an {@link IOException} naming the problem. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("not a podlint baseline (invalid JSON at line "
          + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != 1) {
      throw new IOException("not a podlint baseline (expected {\"version\": 1, \"findings\": [...]})");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode f : root.get("findings")) {
      counts.merge(f.path("fingerprint").asText(), 1, Integer::sum);
    }
    return new Baseline(counts);
  }

  /** Moves the findings the baseline accepts to the suppressed list. */
  public LintResult apply(LintResult result) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<Finding> kept = new ArrayList<>();
    List<Suppressions.Suppressed> suppressed = new ArrayList<>(result.suppressed());
    for (Finding f : result.findings()) {
      String fp = Fingerprints.of(f);
      Integer n = left.get(fp);
      if (n != null && n > 0) {
        left.put(fp, n - 1);
        suppressed.add(new Suppressions.Suppressed(f, "baseline", "accepted in the baseline"));
      } else {
        kept.add(f);
      }
    }
    return result.with(kept, suppressed);
  }
}

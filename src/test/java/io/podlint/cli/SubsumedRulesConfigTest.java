package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cause, one finding through the config: testdata/examples/broken/rolling-update.yaml has a
 * serving container without a readiness probe, which both readiness-probe-missing and
 * rollout-without-readiness (subsumedBy it) see.
 */
class SubsumedRulesConfigTest {
  private static final String FILE = "testdata/examples/broken/rolling-update.yaml";

  @TempDir
  Path dir;

  private List<String> readinessRules(String config) throws Exception {
    Path c = dir.resolve("podlint.yaml");
    Files.writeString(c, config);
    Cli r = Cli.run("lint", "--config", c.toString(), "-f", "json", FILE);
    List<String> out = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
      String id = f.get("ruleId").asText();
      if (id.equals("readiness-probe-missing") || id.equals("rollout-without-readiness")) {
        out.add(id + (f.get("message").asText().contains("also covers rollout-without-readiness") ? " (covers)" : ""));
      }
    }
    return out;
  }

  @Test
  void bothEnabledGiveOneFinding() throws Exception {
    assertThat(readinessRules("failOn: none\n")).containsExactly("readiness-probe-missing (covers)");
  }

  @Test
  void disablingTheSubsumingRuleShowsTheOther() throws Exception {
    assertThat(readinessRules("rules:\n  readiness-probe-missing: false\n"))
        .containsExactly("rollout-without-readiness");
  }

  @Test
  void disablingTheSubsumedRuleLeavesThePlainFinding() throws Exception {
    assertThat(readinessRules("rules:\n  rollout-without-readiness: false\n")).containsExactly("readiness-probe-missing");
  }
}

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

/** --cluster-profile and clusterProfile: in the config: precedence, paths, and located errors (exit 2). */
class ClusterProfileOptionTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: big}
      spec:
        containers:
          - name: app
            image: app:1.0
            resources:
              requests: {cpu: "6", memory: 1Gi}
              limits: {memory: 1Gi}
      """;

  private static String profile(String cpu) {
    return "nodePools:\n  - name: small\n    count: 2\n    allocatable: {cpu: \"%s\", memory: 8Gi}\n".formatted(cpu);
  }

  private static List<String> exceeds(Cli r) throws Exception {
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> out = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      if ("resources-exceeds-node".equals(f.get("ruleId").asText())) {
        out.add(f.get("line").asInt() + ":" + f.get("message").asText().replaceAll(".*\\(node pool \"([^\"]+)\".*", "$1"));
      }
    }
    return out;
  }

  @Test
  void theProfileTakesPrecedenceOverLargestNodeAndTheOptionOverTheConfig(@TempDir Path dir) throws Exception {
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    // Without a profile, largestNode (64 CPUs by default) lets 6 CPUs pass.
    assertThat(exceeds(Cli.run("lint", "--no-config", "-f", "json", pod.toString()))).isEmpty();
    Files.createDirectories(dir.resolve("cluster"));
    Files.writeString(dir.resolve("cluster/small.yaml"), profile("4"));
    Files.writeString(dir.resolve("cluster/large.yaml"), profile("16"));
    Path config = Files.writeString(dir.resolve(".podlint.yaml"), "clusterProfile: cluster/small.yaml\n");
    // The config's path is relative to the config file.
    assertThat(exceeds(Cli.run("lint", "--config", config.toString(), "-f", "json", pod.toString())))
        .containsExactly("9:small");
    assertThat(exceeds(Cli.run("lint", "--config", config.toString(), "--cluster-profile",
        dir.resolve("cluster/large.yaml").toString(), "-f", "json", pod.toString()))).isEmpty();
  }

  @Test
  void aBadProfileIsAUsageErrorWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    Path bad = Files.writeString(dir.resolve("profile.yaml"),
        "nodePools:\n  - name: x\n    count: 2\n    allocatable: {cpu: 4 cores}\n");
    Cli r = Cli.run("lint", "--no-config", "--cluster-profile", bad.toString(), pod.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("podlint: " + bad + ":4:24: allocatable.cpu: \"4 cores\" is not a quantity");
    Files.writeString(bad, "nodePools: []\n");
    Cli empty = Cli.run("describe", "--no-config", "--cluster-profile", bad.toString(), pod.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains(bad + ":1:", "nodePools").doesNotContain("Exception");
    Cli missing = Cli.run("lint", "--no-config", "--cluster-profile", dir.resolve("none.yaml").toString(), pod.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip()).endsWith("none.yaml: cannot read cluster profile: no such file");
  }
}

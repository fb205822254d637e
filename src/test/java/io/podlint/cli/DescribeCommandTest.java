package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DescribeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void usageErrorsExitTwo() {
    Cli badFormat = Cli.run("describe", "--format", "sarif", "testdata/cli/healthy.yaml");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("unknown format \"sarif\"; use text or json");
    Cli missing = Cli.run("describe", "--no-config", "testdata/does-not-exist.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("testdata/does-not-exist.yaml: no such file or folder");
    assertThat(Cli.run("describe").exitCode()).isEqualTo(2);
  }

  @Test
  void standardInputAndVersionedJson() throws Exception {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Never\n"
        + "  containers: [{name: a, image: busybox:1.36}]\n";
    Cli r = Cli.runWithStdin(pod, "describe", "--no-config", "--format", "json", "--stdin-name", "pod.yaml", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("version").asInt()).isEqualTo(1);
    JsonNode w = root.get("workloads").get(0);
    assertThat(w.at("/workload/file").asText()).isEqualTo("pod.yaml");
    assertThat(w.at("/workload/namespace").asText()).isEqualTo("default");
    assertThat(w.at("/admission/verdict").asText()).isEqualTo("accepted");
    assertThat(w.at("/failure/restartPolicy").asText()).isEqualTo("Never");
    assertThat(w.at("/failure/crashLoop").isNull()).isTrue();
    assertThat(w.at("/termination/gracePeriod").asLong()).isEqualTo(30);
  }

  @Test
  void rejectedWorkloadExitsOneAndShowsTheRuleId() {
    Cli r = Cli.run("describe", "--no-config", "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("admission: REJECTED by the API server").contains("[restart-policy-job]");
  }

  @Test
  void disabledRulesDoNotCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path config = dir.resolve("podlint.yaml");
    java.nio.file.Files.writeString(config, "rules:\n  restart-policy-job: false\n");
    Cli r = Cli.run("describe", "--config", config.toString(), "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("admission: accepted");
  }

  @Test
  void helpListsDescribe() {
    assertThat(Cli.run("--help").out()).contains("describe");
  }
}

package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.policy.Config;
import io.podlint.policy.ConfigLoader;
import io.podlint.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config files, suppressions, baselines and custom policies, end to end through the CLI. */
class ConfigurationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        template:
          spec:
            containers:
              - name: migrate
                image: app:1.0
      """;

  /** The findings as line:rule:severity, leaving out resource advice (the manifests omit resources for brevity). */
  private static List<String> hits(Cli r) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
      if (f.get("category").asText().equals("resources")) {
        continue;
      }
      out.add(f.get("line").asInt() + ":" + f.get("ruleId").asText() + ":" + f.get("severity").asText());
    }
    return out;
  }

  @Test
  void discoveryWalksUpToTheRepositoryRoot(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    Path deep = repo.resolve("a/b");
    Files.createDirectories(deep);
    Files.createDirectories(repo.resolve(".git"));
    assertThat(ConfigLoader.discover(deep)).isEmpty();
    Files.writeString(dir.resolve(".podlint.yaml"), "failOn: info\n"); // above the repository: ignored
    assertThat(ConfigLoader.discover(deep)).isEmpty();
    Files.writeString(repo.resolve(".podlint.yaml"), "failOn: warning\n");
    assertThat(ConfigLoader.discover(deep)).contains(repo.resolve(".podlint.yaml").toAbsolutePath());
    Files.writeString(deep.resolve(".podlint.yml"), "failOn: info\n");
    assertThat(ConfigLoader.discover(deep)).contains(deep.resolve(".podlint.yml").toAbsolutePath());
  }

  @Test
  void invalidConfigIsAUsageErrorWithLine(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "failOn: warning\nrules:\n  bare-pod: sometimes\nexclud: [x]\n");
    Cli r = Cli.run("lint", "--config", config.toString(), "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("c.yaml:3:13: rules.bare-pod: ").contains("c.yaml:4:1: exclud: unknown key");
  }

  @Test
  void unknownRuleAndBadParamsInConfigAreReported(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "rules:\n  bare-pods: false\n  container-restart-policy:\n    params: {gate: true}\n");
    Cli r = Cli.run("lint", "--config", config.toString(), "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("c.yaml:2:3: rules.bare-pods: unknown rule (did you mean \"bare-pod\"?)")
        .contains("rules.container-restart-policy.params: unknown parameter \"gate\"");
  }

  @Test
  void configDisablesOverridesSeverityAndSetsParamsAndFailOn(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("m.yaml");
    Files.writeString(manifest, JOB + """
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: a
              image: app:1.0
              restartPolicy: Always
        """);
    Cli plain = Cli.run("lint", "--no-config", "-f", "json", manifest.toString());
    assertThat(hits(plain)).containsExactly("7:restart-policy-job:error", "13:bare-pod:info", "19:container-restart-policy:error");
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, """
        failOn: warning
        rules:
          restart-policy-job: false
          bare-pod: warning
          container-restart-policy:
            params: {containerRestartRules: true}
        """);
    Cli configured = Cli.run("lint", "--config", config.toString(), "-f", "json", manifest.toString());
    assertThat(hits(configured)).containsExactly("13:bare-pod:warning");
    assertThat(configured.exitCode()).isEqualTo(1); // failOn: warning from the config
    Cli cliWins = Cli.run("lint", "--config", config.toString(), "--fail-on", "error", manifest.toString());
    assertThat(cliWins.exitCode()).isZero();
  }

  @Test
  void excludesAndCustomWorkloadKinds(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("generated"));
    Files.writeString(dir.resolve("generated/job.yaml"), JOB);
    Files.writeString(dir.resolve("rollout.yaml"), """
        apiVersion: example.com/v1
        kind: Workflow
        metadata: {name: r}
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{name: a, image: b:1}]
        """);
    Path config = dir.resolve(".podlint.yaml");
    Files.writeString(config, "exclude: [\"**/generated/**\"]\nworkloadKinds:\n  Workflow: spec.template\n");
    Cli r = Cli.run("lint", "--config", config.toString(), "-f", "json", dir.toString());
    assertThat(hits(r)).isEmpty(); // a custom kind is not a long-running controller kind: OnFailure is not checked
    Files.writeString(dir.resolve("rollout.yaml"), Files.readString(dir.resolve("rollout.yaml")).replace("OnFailure", "sometimes"));
    assertThat(hits(Cli.run("lint", "--config", config.toString(), "-f", "json", dir.toString())))
        .containsExactly("7:restart-policy-invalid:error");
  }

  @Test
  void extraSchemasFromTheConfigValidateCustomKinds(@TempDir Path dir) throws Exception {
    Path widget = dir.resolve("widget.yaml");
    Files.writeString(widget, """
        apiVersion: example.com/v1
        kind: Widget
        metadata: {name: w}
        spec:
          size: 3
          colour: red
        """);
    Path config = dir.resolve(".podlint.yaml");
    Files.writeString(config, "schemas: [" + Path.of("testdata/schemas/widget-crd.yaml").toAbsolutePath() + "]\n");
    assertThat(hits(Cli.run("lint", "--config", config.toString(), "-f", "json", widget.toString())))
        .containsExactly("6:schema-unknown-field:error");
    assertThat(hits(Cli.run("lint", "--no-config", "-f", "json", widget.toString()))).isEmpty(); // unknown kind: skipped
  }

  @Test
  void initWritesAConfigThatLoads(@TempDir Path dir) throws PolicyException {
    Path file = dir.resolve(".podlint.yaml");
    assertThat(Cli.run("init", "--file", file.toString()).exitCode()).isZero();
    Config c = ConfigLoader.load(file);
    assertThat(c.failOn()).isEqualTo("error");
    assertThat(Cli.run("init", "--file", file.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("init", "--force", "--file", file.toString()).exitCode()).isZero();
  }

  @Test
  void everySuppressionFormSilencesItsFindingAndSarifKeepsItAsSuppressed(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("m.yaml");
    Files.writeString(manifest, """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: a
          annotations:
            ignore.podlint.io/restart-policy-job: "restartPolicy is injected by our webhook"
        spec:
          template:
            spec:
              containers: [{name: a, image: b:1}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: b
        spec:
          template:
            spec:     # podlint-ignore: restart-policy-job -- same line
              containers: [{name: a, image: b:1}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: c
        spec:
          template:
            # podlint-ignore: restart-policy-job -- line above
            spec:
              containers: [{name: a, image: b:1}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata:
              labels: {app: d}
              annotations:
                ignore.podlint.io/container-restart-policy: "[log] moving to a sidecar next sprint"
            spec:
              containers:
                - {name: web, image: b:1, restartPolicy: Always}
                - {name: log, image: b:1, restartPolicy: Always}
        """);
    Cli r = Cli.run("lint", "--no-config", "-f", "json", manifest.toString());
    assertThat(hits(r)).containsExactly("43:container-restart-policy:error");
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("suppressed")).hasSize(4);
    assertThat(json.at("/suppressed/0/justification").asText()).isEqualTo("restartPolicy is injected by our webhook");
    Cli sarif = Cli.run("lint", "--no-config", "-f", "sarif", manifest.toString());
    List<JsonNode> results = new ArrayList<>();
    JSON.readTree(sarif.out()).at("/runs/0/results").forEach(res -> {
      if (!res.get("ruleId").asText().startsWith("resources-")) {
        results.add(res);
      }
    });
    assertThat(results).hasSize(5);
    long suppressed = 0;
    for (JsonNode res : results) {
      if (res.has("suppressions")) {
        suppressed++;
        assertThat(res.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
      }
    }
    assertThat(suppressed).isEqualTo(4);
  }

  @Test
  void baselineRoundTripSurvivesLineShiftsAndReordering(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("m.yaml");
    String other = JOB.replace("migrate", "seed");
    Files.writeString(manifest, JOB + "---\n" + other);
    Path baseline = dir.resolve("podlint-baseline.json");
    Cli write = Cli.run("lint", "--no-config", "--write-baseline", baseline.toString(), manifest.toString());
    assertThat(write.exitCode()).isZero();
    assertThat(JSON.readTree(baseline.toFile()).get("findings")).hasSizeGreaterThanOrEqualTo(2);
    Files.writeString(manifest, "# moved down\n\n" + other + "---\n" + JOB); // shifted and reordered
    Cli again = Cli.run("lint", "--no-config", "--baseline", baseline.toString(), "-f", "json", manifest.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(hits(again)).isEmpty();
    Files.writeString(manifest, JOB + "---\n" + other + "---\n" + JOB.replace("migrate", "newjob"));
    Cli fresh = Cli.run("lint", "--no-config", "--baseline", baseline.toString(), "-f", "json", manifest.toString());
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(hits(fresh)).containsExactly("29:restart-policy-job:error");
    Files.writeString(baseline, "{\"nope\": 1}");
    assertThat(Cli.run("lint", "--no-config", "--baseline", baseline.toString(), manifest.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void customJsonSchemaPoliciesReportAtTheOffendingNode() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "--policies", "testdata/custom-policies", "-f", "json",
        "testdata/custom-policies/manifests/app.yaml");
    List<String> custom = hits(r).stream().filter(h -> h.contains("require-") || h.contains("no-host-path")).toList();
    assertThat(custom).containsExactly(
        "5:require-team-label:warning",
        "18:require-run-as-non-root:warning",
        "19:require-run-as-non-root:warning",
        "22:no-host-path:error");
    String out = r.out();
    assertThat(out).contains("Deployment \\\"web\\\" has no team label");
    assertThat(out).contains("container \\\"sidecar\\\" must set securityContext.runAsNonRoot: true");
  }

  @Test
  void brokenCustomPolicyIsReportedWithLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad-schema.yaml"), """
        id: bad-schema
        category: custom
        severity: warning
        summary: Something is required here
        description: A description that is long enough to pass.
        consequence: "Silent: nothing."
        remediation: Do something.
        reference: "0 Processing pipeline"
        check: json-schema
        params:
          target: pods
          schema: {type: object}
        """);
    Cli r = Cli.run("lint", "--no-config", "--policies", dir.toString(), "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad-schema.yaml:10:1: bad params for check \"json-schema\"").contains("params.target must be");
  }
}

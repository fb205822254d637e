package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void cleanInputExitsZero() {
    Cli r = Cli.run("lint", "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("no problems found in 1 file");
  }

  @Test
  void errorFindingExitsOneWithLocatedTextLine() {
    Cli r = Cli.run("lint", "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("testdata/cli/broken-job.yaml:7:5 error restart-policy-job ")
        .contains("    consequence: Rejected by the API server")
        .contains("    fix: Set spec.template.spec.restartPolicy")
        .contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file");
  }

  @Test
  void failOnNoneExitsZeroAndFailOnInfoCountsInfos() {
    assertThat(Cli.run("lint", "--fail-on", "none", "testdata/cli/broken-job.yaml").exitCode()).isZero();
    assertThat(Cli.run("lint", "--fail-on", "info", "testdata/policies/bare-pod/positive.yaml").exitCode()).isEqualTo(1);
    assertThat(Cli.run("lint", "testdata/policies/bare-pod/positive.yaml").exitCode()).isZero();
  }

  @Test
  void syntaxErrorIsAFindingAndOtherFilesAreStillLinted() {
    Cli r = Cli.run("lint", "testdata/cli/syntax-error.yaml", "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("testdata/cli/syntax-error.yaml:8:1 error yaml-syntax ")
        .contains("tabs").contains("broken-job.yaml:7:5 error restart-policy-job");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void missingPathIsAUsageErrorButOtherFilesAreLinted() {
    Cli r = Cli.run("lint", "does/not/exist.yaml", "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("podlint: does/not/exist.yaml: no such file or folder");
    assertThat(r.out()).contains("restart-policy-job");
  }

  @Test
  void badOptionIsAUsageError() {
    Cli r = Cli.run("lint", "--formt", "json", "x.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--formt'");
    assertThat(Cli.run("lint", "--format", "xml", "testdata/cli/healthy.yaml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("lint", "--fail-on", "fatal", "testdata/cli/healthy.yaml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("lint").exitCode()).isEqualTo(2);
  }

  @Test
  void badPolicyFolderIsAUsageErrorWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("my-rule.yaml"), "id: my-rule\ncategory: nope\n");
    Cli r = Cli.run("lint", "--policies", dir.toString(), "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("my-rule.yaml:2:11: ");
  }

  @Test
  void nadFolderAddsNetworkAttachmentDefinitionsToTheInput(@TempDir Path dir) throws Exception {
    Path nads = Files.createDirectories(dir.resolve("nads"));
    Files.writeString(nads.resolve("macvlan.yaml"), """
        apiVersion: k8s.cni.cncf.io/v1
        kind: NetworkAttachmentDefinition
        metadata: {name: macvlan-conf, namespace: shop}
        spec:
          config: '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "static"}}'
        """);
    Path pod = Files.writeString(dir.resolve("pod.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          namespace: shop
          annotations:
            k8s.v1.cni.cncf.io/networks: macvlan-conf@data0, macvlan-cnf@data1
        spec:
          containers: [{name: app, image: registry.example.com/app:1.0}]
        """);
    Cli without = Cli.run("lint", pod.toString());
    assertThat(without.out()).doesNotContain("multus-network-not-found");
    Cli with = Cli.run("lint", "--nad-folder", nads.toString(), pod.toString());
    assertThat(with.exitCode()).as(with.err()).isEqualTo(1);
    assertThat(with.out()).contains("pod.yaml:7:54 error multus-network-not-found ")
        .contains("\"macvlan-cnf\" in namespace \"shop\"").contains("did you mean \"macvlan-conf\"");
    assertThat(Cli.run("lint", "--nad-folder", dir.resolve("nope").toString(), pod.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void internalErrorExitsThreeWithOneLineAndNoStackTrace() {
    Cli r = Cli.run("lint", "--debug-crash", "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.err()).startsWith("podlint: internal error: ").contains("--debug").doesNotContain("\tat ");
    Cli debug = Cli.run("lint", "--debug-crash", "--debug", "testdata/cli/healthy.yaml");
    assertThat(debug.exitCode()).isEqualTo(3);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void jsonReportCarriesEveryDocumentedField() throws Exception {
    Cli r = Cli.run("lint", "--format", "json", "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("version").asInt()).isEqualTo(1);
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("ruleId").asText()).isEqualTo("restart-policy-job");
    assertThat(f.get("severity").asText()).isEqualTo("error");
    assertThat(f.get("category").asText()).isEqualTo("restart-policy");
    assertThat(f.get("file").asText()).isEqualTo("testdata/cli/broken-job.yaml");
    assertThat(f.get("line").asInt()).isEqualTo(7);
    assertThat(f.get("column").asInt()).isEqualTo(5);
    assertThat(f.get("resource").get("kind").asText()).isEqualTo("Job");
    assertThat(f.get("resource").get("name").asText()).isEqualTo("migrate");
    assertThat(f.get("resource").get("apiVersion").asText()).isEqualTo("batch/v1");
    assertThat(f.get("resource").get("namespace").isNull()).isTrue();
    assertThat(f.get("container").isNull()).isTrue();
    assertThat(f.get("path").asText()).isEqualTo("spec.template.spec");
    assertThat(f.get("message").asText()).contains("defaults to \"Always\"");
    assertThat(f.get("consequence").asText()).startsWith("Rejected");
    assertThat(f.get("remediation").asText()).endsWith(".");
  }

  @Test
  void stdinIsLintedUnderItsGivenName() throws Exception {
    String yaml = Files.readString(Path.of("testdata/cli/broken-job.yaml"));
    Cli r = Cli.runWithStdin(yaml, "lint", "--stdin-name", "rendered/job.yaml", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("rendered/job.yaml:7:5 error restart-policy-job");
  }

  @Test
  void foldersAreWalkedRecursivelyInOrderSkippingHiddenFolders(@TempDir Path dir) throws Exception {
    String job = Files.readString(Path.of("testdata/cli/broken-job.yaml"));
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b/inner/z.yml"), job);
    Files.writeString(dir.resolve("a.yaml"), job);
    Files.writeString(dir.resolve(".hidden/x.yaml"), job);
    Files.writeString(dir.resolve("notes.txt"), job);
    Cli r = Cli.run("lint", "--format", "json", dir.toString());
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).get("file").asText()).endsWith("/a.yaml");
    assertThat(findings.get(1).get("file").asText()).endsWith("/b/inner/z.yml");
  }

  @Test
  void severalOutputsInOneRun(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("out/podlint.sarif");
    Cli r = Cli.run("lint", "-f", "text", "-f", "sarif=" + sarif, "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("restart-policy-job");
    assertThat(JSON.readTree(sarif.toFile()).get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void jsonReportsTheQosClassAndResourcesOfEachWorkload() throws Exception {
    Cli r = Cli.run("lint", "--format", "json", "testdata/examples/broken/job-without-restart-policy.yaml",
        "testdata/examples/healthy/web.yaml");
    JsonNode workloads = JSON.readTree(r.out()).get("workloads");
    JsonNode job = workloads.get(0);
    assertThat(job.get("file").asText()).isEqualTo("testdata/examples/broken/job-without-restart-policy.yaml");
    assertThat(job.get("line").asInt()).isEqualTo(3);
    assertThat(job.get("kind").asText()).isEqualTo("Job");
    assertThat(job.get("name").asText()).isEqualTo("db-migrate");
    assertThat(job.get("namespace").asText()).isEqualTo("shop");
    assertThat(job.get("qosClass").asText()).isEqualTo("Burstable");
    assertThat(job.get("requests").get("cpu").asText()).isEqualTo("100m");
    assertThat(job.get("requests").get("memory").asText()).isEqualTo("128Mi");
    assertThat(job.get("limits").get("cpu").isNull()).isTrue();
    assertThat(job.get("limits").get("memory").asText()).isEqualTo("128Mi");
    assertThat(workloads.size()).isGreaterThan(1);
  }

  @Test
  void outputFileReceivesTheReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.json");
    Cli r = Cli.run("lint", "--format", "json", "--output", out.toString(), "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(JSON.readTree(out.toFile()).get("findings")).hasSize(1);
  }

  @Test
  void quietPrintsNothingWhenNothingFails() {
    Cli r = Cli.run("lint", "--quiet", "testdata/policies/bare-pod/positive.yaml");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMisspelledProbeGivesOneSchemaFindingAndNoProbeOrRolloutFinding() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "--fail-on", "info", "-f", "json", "testdata/cli/misspelled-probe.yaml");
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("ruleId").asText()).isEqualTo("schema-unknown-field");
    assertThat(findings.get(0).get("line").asInt()).isEqualTo(14);
    assertThat(findings.get(0).get("message").asText()).contains("did you mean \"readinessProbe\"?");
  }

  @Test
  void aBadQuantityGivesOneFindingFromTheResourcesFamily() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "-f", "json", "testdata/examples/broken/resources.yaml");
    List<String> at26 = new java.util.ArrayList<>();
    JSON.readTree(r.out()).get("findings").forEach(f -> {
      if (f.get("line").asInt() == 26) {
        at26.add(f.get("ruleId").asText());
      }
    });
    assertThat(at26).containsExactly("resources-quantity-invalid");
  }

  @Test
  void helpListsExitCodes() {
    Cli r = Cli.run("lint", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("3   internal error");
    assertThat(Cli.run("--version").out()).startsWith("podlint ");
  }

  @Test
  void rulesAndExplain() {
    Cli rules = Cli.run("rules");
    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out()).containsPattern("restart-policy-job +error +restart-policy +A Job or CronJob");
    Cli explain = Cli.run("explain", "restart-policy-job");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).startsWith("### restart-policy-job").contains("**Consequence:**");
    Cli unknown = Cli.run("explain", "restart-policy-jobs");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean \"restart-policy-job\"?");
  }
}

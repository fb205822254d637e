package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder holding a Helm chart is linted as {@code helm template} renders it. helm is not
 * installed everywhere: these tests give podlint (through {@code render.helm} in the config) a
 * stand-in that prints the recorded output of the real {@code helm template release-name shop}
 * for testdata/render/helm/shop (shop.helm-template.yaml) and records its arguments;
 * {@link #aRealHelmRendersTheTestChartTheSameWay} runs the real one when it is on PATH.
 */
@org.junit.jupiter.api.Tag("integration")
class RenderHelmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHART = "testdata/render/helm/shop";
  private static final Path RECORDED = Path.of("testdata/render/helm/shop.helm-template.yaml").toAbsolutePath();

  /** A helm stand-in that writes its arguments to {@code args} next to it and prints {@code output}. */
  private static Path fakeHelm(Path dir, String body) throws Exception {
    Path helm = dir.resolve("helm");
    Files.writeString(helm, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve("args") + "'\n" + body + "\n");
    Files.setPosixFilePermissions(helm, PosixFilePermissions.fromString("rwxr-xr-x"));
    return helm;
  }

  private static Path config(Path dir, Path helm, String more) throws Exception {
    Path config = dir.resolve("podlint.yaml");
    Files.writeString(config, """
        rules:
          prestop-missing: false
          resources-requests-missing: false
          resources-memory-limit-missing: false
        render:
          helm: %s
        %s""".formatted(helm, more));
    return config;
  }

  @Test
  void findingsAreAtTheTemplateLineThatReadsLikeTheRenderedOne(@TempDir Path tmp) throws Exception {
    Path helm = fakeHelm(tmp, "cat '" + RECORDED + "'");
    Cli r = Cli.run("lint", "-c", config(tmp, helm, "").toString(), "-f", "json", CHART);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).hasSize(2);
    // "port: metrics" is line 29 of the template; counting from the # Source: comment gives 38,
    // because the helpers the template includes render to more lines than they take
    JsonNode probe = findings.get(0);
    assertThat(probe.get("ruleId").asText()).isEqualTo("probe-port-name-unknown");
    assertThat(probe.get("file").asText()).isEqualTo(CHART + "/templates/deployment.yaml");
    assertThat(probe.get("line").asInt()).isEqualTo(29);
    assertThat(probe.get("column").asInt()).isEqualTo(21);
    assertThat(probe.get("renderedFrom")).isEqualTo(JSON.readTree(
        "{\"file\":\"" + CHART + " (helm template)\",\"line\":74,\"column\":21}"));
    // the Job's pod spec ("    spec:", line 11) is found though an {{- if }} follows it
    JsonNode job = findings.get(1);
    assertThat(job.get("ruleId").asText()).isEqualTo("restart-policy-job");
    assertThat(job.get("file").asText()).isEqualTo(CHART + "/templates/migrate-job.yaml");
    assertThat(job.get("line").asInt()).isEqualTo(11);
  }

  @Test
  void valuesReleaseNamespaceAndTheTargetVersionAreHandedToHelm(@TempDir Path tmp) throws Exception {
    Path helm = fakeHelm(tmp, "cat '" + RECORDED + "'");
    Files.writeString(tmp.resolve("prod.yaml"), "replicaCount: 2\n");
    Path config = config(tmp, helm, """
          charts:
            %s:
              values: [prod.yaml]
              releaseName: shop
        """.formatted(Path.of(CHART).toAbsolutePath()));
    Cli r = Cli.run("lint", "-c", config.toString(), "--kubernetes-version", "1.30", "--set", "image.tag=1.2.3",
        "--values", "testdata/render/helm/shop/values.yaml", "--release-namespace", "web", "-f", "json", CHART);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    List<String> args = Files.readAllLines(tmp.resolve("args"));
    assertThat(args).startsWith("template", "shop", CHART);
    assertThat(String.join(" ", args)).contains("--namespace web").contains("--kube-version v1.30.0")
        .contains("--values testdata/render/helm/shop/values.yaml --values " + tmp.resolve("prod.yaml"))
        .contains("--set image.tag=1.2.3");
  }

  @Test
  void withoutHelmEachChartIsOneLineAndTheOtherInputsAreStillLinted(@TempDir Path tmp) throws Exception {
    Cli r = Cli.run("lint", "-c", config(tmp, tmp.resolve("no/helm"), "").toString(), "-f", "json", CHART,
        "testdata/cli/broken-job.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("podlint: " + CHART + ": a Helm chart, but ")
        .contains("helm template " + CHART + " | podlint lint -");
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).isNotEmpty().allMatch(f -> f.get("file").asText().equals("testdata/cli/broken-job.yaml"));
  }

  @Test
  void aMissingDependencySaysSoWithHelmsMessage(@TempDir Path tmp) throws Exception {
    Path helm = fakeHelm(tmp, "echo 'Error: An error occurred while checking for chart dependencies. You may need to run"
        + " `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: redis' >&2; exit 1");
    Cli r = Cli.run("lint", "-c", config(tmp, helm, "").toString(), CHART);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("podlint: " + CHART + ": helm template failed: Error: An error occurred while checking for chart dependencies")
        .contains("helm dependency build").contains("redis");
  }

  @Test
  void withNoRenderTheTemplatesAreNotLintedAsYaml() {
    Cli r = Cli.run("lint", "--no-config", "--no-render", "-f", "compact", CHART);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("yaml-syntax");
  }

  @Test
  void templatesNamedOneByOneAreSkipped() {
    // as pre-commit passes staged files: a template is part of its chart, not YAML
    Cli r = Cli.run("lint", "--no-config", "-f", "compact", CHART + "/templates/deployment.yaml", CHART + "/templates/service.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("yaml-syntax");
  }

  @Test
  void aRealHelmRendersTheTestChartTheSameWay(@TempDir Path tmp) throws Exception {
    assumeTrue(RenderKustomizeTest.onPath("helm"), "helm is not on PATH: the real-helm test is skipped (see README, Helm and kustomize)");
    Cli r = Cli.run("lint", "-c", "testdata/helm/podlint.yaml", "-f", "json", CHART);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings.get(0).get("file").asText() + ":" + findings.get(0).get("line").asInt())
        .isEqualTo(CHART + "/templates/deployment.yaml:29");
    assertThat(findings.get(1).get("file").asText() + ":" + findings.get(1).get("line").asInt())
        .isEqualTo(CHART + "/templates/migrate-job.yaml:11");
  }
}

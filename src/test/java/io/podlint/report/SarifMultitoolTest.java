package io.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.cli.MainAccess;
import io.podlint.engine.SourceFile;
import io.podlint.testing.SarifMultitool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * podlint's SARIF passes Microsoft's SARIF Multitool with the SARIF and GitHub rule sets, as GitHub
 * code scanning expects. Skipped when the multitool cannot be installed (no npm, offline).
 */
@org.junit.jupiter.api.Tag("integration")
class SarifMultitoolTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SarifMultitool multitool;

  @BeforeAll
  static void findTheMultitool() {
    Optional<SarifMultitool> found = SarifMultitool.find();
    assumeTrue(found.isPresent(), "the SARIF Multitool is not installed and npm cannot install it");
    multitool = found.get();
  }

  @Test
  void sarifOfExamplesFixturesHelmOutputBaselinesAndInputErrorsHasNoErrorsOrWarnings(@TempDir Path dir)
      throws Exception {
    Path all = dir.resolve("testdata.sarif");
    assertThat(MainAccess.run("lint", "--no-config", "--no-render", "--fail-on", "none", "-f", "sarif=" + all, "testdata").exitCode())
        .isZero();

    Path helm = dir.resolve("helm.sarif");
    byte[] rendered = Files.readAllBytes(Path.of("testdata/helm/shop-rendered.yaml"));
    JsonNode helmSarif = SarifSchemaTest.sarifOf(List.of(SourceFile.ofBytes("release.yaml", rendered)));
    assertThat(helmSarif.at("/runs/0/results/0/relatedLocations")).isNotEmpty();
    Files.writeString(helm, helmSarif.toString());

    Path spaced = Files.createDirectories(dir.resolve("my manifests")).resolve("the job.yaml");
    Files.copy(Path.of("testdata/cli/broken-job.yaml"), spaced);
    Path baseline = dir.resolve("baseline.json");
    MainAccess.run("lint", "--no-config", "--write-baseline", baseline.toString(), "testdata/cli/broken-job.yaml");
    Path mixed = dir.resolve("mixed.sarif");
    MainAccess.run("lint", "--no-config", "--baseline", baseline.toString(), "-f", "sarif=" + mixed,
        spaced.toString(), "testdata/cli/broken-job.yaml", "testdata/cli/syntax-error.yaml", "missing.yaml");
    JsonNode run = JSON.readTree(mixed.toFile()).at("/runs/0");
    assertThat(run.at("/results/2/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .isEqualTo("missing.yaml: no such file or folder");
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("/my%20manifests/the%20job.yaml");

    // One run of the multitool for everything (it takes seconds to start): a deliberately broken
    // file proves that problems are reported at all.
    Path broken = dir.resolve("broken.sarif");
    JsonNode sarif = SarifSchemaTest.sarifOf(List.of(SourceFile.of("testdata/cli/broken-job.yaml",
        Path.of("testdata/cli/broken-job.yaml"))));
    ((ObjectNode) sarif.at("/runs/0/results/0")).put("ruleIndex", 999);
    Files.writeString(broken, sarif.toString());

    List<SarifMultitool.Problem> problems = multitool.validate(dir, List.of(all, helm, mixed, broken));
    assertThat(problems).filteredOn(p -> !p.file().equals("broken.sarif")).isEmpty();
    assertThat(problems).extracting(p -> p.level() + " " + p.ruleId()).contains("error SARIF1009");
  }
}

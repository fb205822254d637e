package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A folder holding kustomizations is linted as kustomize builds it, with the real
 * {@code kubectl kustomize} (or {@code kustomize build}): findings point at the base for what the
 * base writes and at the patch for what a patch writes (testdata/render/kustomize: a base, an
 * overlay with a strategic merge patch and a JSON 6902 patch). Skipped where neither tool is on PATH.
 */
@org.junit.jupiter.api.Tag("integration")
class RenderKustomizeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "testdata/render/kustomize";

  @BeforeAll
  static void needsKustomize() {
    assumeTrue(onPath("kubectl") || onPath("kustomize"),
        "neither kubectl nor kustomize is on PATH: the kustomize rendering tests are skipped");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** {@code file:line:column rule} of every finding. */
  private static List<String> findings(Cli r) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
      out.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("ruleId").asText());
    }
    return out;
  }

  @Test
  void findingsPointAtTheBaseAndAtThePatchThatWritesTheField() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "-f", "json", DIR);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(findings(r))
        // the base's image, once although both the base and the overlay build it
        .containsOnlyOnce(DIR + "/base/deployment.yaml:16:18 image-tag-missing-or-latest")
        // the probe port the strategic merge patch sets (overlays/prod/patch.yaml line 13)
        .contains(DIR + "/overlays/prod/patch.yaml:13:21 probe-port-name-unknown")
        // the container the JSON 6902 patch appends
        .contains(DIR + "/overlays/prod/sidecar.yaml:5:12 image-tag-missing-or-latest")
        // the partial patch is not linted as a whole Deployment (no image, no resources there)
        .noneMatch(f -> f.contains("patch.yaml") && !f.endsWith("probe-port-name-unknown"))
        .noneMatch(f -> f.contains("image-missing") || f.contains("resources-"));
    JsonNode probe = JSON.readTree(r.out()).get("findings").findParents("ruleId").stream()
        .filter(f -> f.get("ruleId").asText().equals("probe-port-name-unknown")).findFirst().orElseThrow();
    assertThat(probe.at("/renderedFrom/file").asText()).isEqualTo(DIR + "/overlays/prod (kustomize build)");
    assertThat(probe.at("/renderedFrom/line").asInt()).isPositive();
  }

  @Test
  void withoutRenderingPatchesAreStillNotLintedAsObjects() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "--no-render", "-f", "json", DIR);
    assertThat(findings(r)).isNotEmpty().allMatch(f -> f.startsWith(DIR + "/base/"), "only the base's own files");
  }

  @Test
  void patchFilesNamedOneByOneAreSkipped() throws Exception {
    // as pre-commit passes them: a staged patch is part of its kustomization, not an object
    Cli r = Cli.run("lint", "--no-config", "-f", "json", DIR + "/overlays/prod/patch.yaml", DIR + "/overlays/prod/sidecar.yaml");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(findings(r)).isEmpty();
  }

  @Test
  void aBuildErrorIsOneLineForThatFolderAndTheOtherInputsAreStillLinted(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Files.writeString(tmp.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");
    Cli r = Cli.run("lint", "--no-config", "-f", "json", tmp.toString(), DIR + "/base");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("podlint: " + tmp))).singleElement().asString()
        .contains("kustomize").contains("failed").contains("missing.yaml");
    assertThat(findings(r)).contains(DIR + "/base/deployment.yaml:16:18 image-tag-missing-or-latest");
  }
}

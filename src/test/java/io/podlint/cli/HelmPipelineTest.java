package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code helm template ... | podlint lint -}: findings in a document under Helm's
 * {@code # Source:} comment are reported at the template (line counted from the comment), with the
 * rendered position kept as a secondary location.
 */
class HelmPipelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String rendered() throws Exception {
    return Files.readString(Path.of("testdata/helm/shop-rendered.yaml"));
  }

  @Test
  void findingsAreAttributedToTheirTemplatesAndKeepTheRenderedLine() throws Exception {
    Cli r = Cli.runWithStdin(rendered(), "lint", "--config", "testdata/helm/podlint.yaml", "-");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("""
        shop/templates/deployment.yaml:38:21 error probe-port-name-unknown liveness probe of container "shop" uses port "metrics\"""")
        .contains("    rendered at: <stdin>:74:21\n")
        .contains("shop/templates/migrate-job.yaml:11:5 error restart-policy-job ")
        .contains("    rendered at: <stdin>:91:5\n")
        .contains("2 problems (2 errors, 0 warnings, 0 info) in 1 of 1 file");
  }

  @Test
  void compactAndJsonCarryTheTemplateAndTheRenderedPosition() throws Exception {
    Cli compact = Cli.runWithStdin(rendered(), "lint", "--config", "testdata/helm/podlint.yaml", "--stdin-name", "release.yaml", "-f", "compact", "-");
    assertThat(compact.out().lines()).hasSize(2).allMatch(l -> l.startsWith("shop/templates/"));
    Cli json = Cli.runWithStdin(rendered(), "lint", "--config", "testdata/helm/podlint.yaml", "--stdin-name", "release.yaml", "-f", "json", "-");
    JsonNode job = JSON.readTree(json.out()).at("/findings/1");
    assertThat(job.get("file").asText()).isEqualTo("shop/templates/migrate-job.yaml");
    assertThat(job.get("line").asInt()).isEqualTo(11);
    assertThat(job.get("renderedFrom")).isEqualTo(JSON.readTree("{\"file\":\"release.yaml\",\"line\":91,\"column\":5}"));
  }

  @Test
  void sarifAddsTheRenderedManifestAsARelatedLocation() throws Exception {
    Cli r = Cli.runWithStdin(rendered(), "lint", "--config", "testdata/helm/podlint.yaml", "--stdin-name", "out/release.yaml", "-f", "sarif", "-");
    JsonNode result = JSON.readTree(r.out()).at("/runs/0/results/1");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("shop/templates/migrate-job.yaml");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(11);
    JsonNode related = result.at("/relatedLocations/0");
    assertThat(related.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("out/release.yaml");
    assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(91);
    assertThat(related.at("/message/text").asText()).isEqualTo("Rendered manifest.");
  }

  @Test
  void suppressionsWrittenInTheTemplatesStillApplyAfterRendering() throws Exception {
    String text = rendered()
        .replace("              port: metrics\n",
            "              port: metrics # podlint-ignore: probe-port-name-unknown -- served by the mesh\n")
        .replace("    \"helm.sh/hook-delete-policy\": before-hook-creation\n",
            "    \"helm.sh/hook-delete-policy\": before-hook-creation\n"
                + "    ignore.podlint.io/restart-policy-job: \"set by our admission webhook\"\n");
    Cli r = Cli.runWithStdin(text, "lint", "--config", "testdata/helm/podlint.yaml", "-f", "json", "-");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.at("/findings")).as(r.out()).isEmpty();
    assertThat(root.at("/suppressed")).hasSize(2);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void kustomizeOutputHasNoSourceCommentsAndIsReportedUnderTheStdinName() {
    String built = """
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              containers: [{name: m, image: "m:1"}]
        """;
    Cli r = Cli.runWithStdin(built, "lint", "--config", "testdata/helm/podlint.yaml", "--stdin-name", "kustomize-build.yaml", "-f", "compact", "-");
    assertThat(r.out()).startsWith("kustomize-build.yaml:11:5: error: ").endsWith("[restart-policy-job]\n");
  }
}

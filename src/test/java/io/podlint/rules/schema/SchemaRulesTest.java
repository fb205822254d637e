package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.ContainerView;
import io.podlint.model.Finding;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema rules together with the rest of the catalogue: one finding per mistake, located. */
class SchemaRulesTest {

  private static List<Finding> lint(String yaml, Set<String> disabled) {
    return lint(List.of(SourceFile.ofBytes("m.yaml", yaml.getBytes(StandardCharsets.UTF_8))), disabled, 1,
        LintSettings.defaults());
  }

  private static List<Finding> lint(List<SourceFile> files, Set<String> disabled, int threads, LintSettings settings) {
    List<BoundPolicy> active = Fixtures.builtIns().all().stream()
        .filter(p -> p.policy().enabledByDefault() && !disabled.contains(p.id())).toList();
    LintResult result = new Linter(active, settings, threads).lint(files);
    assertThat(result.internalErrors()).isEmpty();
    return result.findings();
  }

  private static List<String> hits(List<Finding> findings) {
    return findings.stream().filter(f -> !"bare-pod".equals(f.ruleId()))
        .map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList();
  }

  private static final String JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        template:
          spec:
            restartpolicy: Never
            containers:
              - name: migrate
                image: app:1.0
                readinessprobe:
                  exec: {command: [true]}
                env:
                  - {name: DRY_RUN, value: yes}
                  - {name: PORT, value: 8080}
                ports:
                  - containerPort: "80"
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: once
      spec:
        restartPolicy: never
        containers:
          - name: once
            image: busybox:1.36
            imagePullPolicy: always
      """;

  @Test
  void everyMistakeGivesExactlyOneFindingWithTheWholeCatalogue() {
    assertThat(hits(lint(JOB, Set.of()))).containsExactly(
        "8:7 schema-unknown-field",    // not also restart-policy-job "sets no restartPolicy"
        "10:11 resources-memory-limit-missing", // the containers set no resources: separate mistakes
        "10:11 resources-requests-missing",
        "12:11 schema-unknown-field",
        "15:38 yaml-implicit-type",    // not also schema-wrong-type
        "16:35 schema-wrong-type",
        "18:30 schema-wrong-type",
        "25:18 restart-policy-invalid", // not also schema-invalid-enum
        "27:7 resources-memory-limit-missing",
        "27:7 resources-requests-missing",
        "29:24 image-pull-policy-invalid"); // not also schema-invalid-enum
  }

  @Test
  void theGeneralRuleReportsWhatADisabledSpecificRuleWouldHave() {
    List<String> hits = hits(lint(JOB, Set.of("yaml-implicit-type", "restart-policy-invalid", "schema-unknown-field")));
    assertThat(hits).contains("15:38 schema-wrong-type", "25:18 schema-invalid-enum", "7:5 restart-policy-job");
    Finding implicit = lint(JOB, Set.of("yaml-implicit-type")).stream()
        .filter(f -> f.line() == 15).findFirst().orElseThrow();
    assertThat(implicit.message()).contains("Quote it: value: \"yes\"");
  }

  @Test
  void messagesNameTheContainerAndTheFix() {
    List<Finding> findings = lint(JOB, Set.of());
    assertThat(findings).filteredOn(f -> f.line() == 12).singleElement().satisfies(f -> {
      assertThat(f.container()).isEqualTo("migrate");
      assertThat(f.message()).startsWith("container \"migrate\" has an unknown field \"readinessprobe\"")
          .contains("did you mean \"readinessProbe\"?");
    });
    assertThat(findings).filteredOn(f -> f.line() == 18).singleElement()
        .extracting(Finding::message).asString().contains("Remove the quotes: containerPort: 80");
    assertThat(findings).filteredOn(f -> f.line() == 16).singleElement()
        .extracting(Finding::message).asString().contains("Quote it: value: \"8080\"");
  }

  @Test
  void objectsOfUnknownKindsOrWithoutApiVersionAreSkipped() {
    String yaml = """
        apiVersion: example.com/v1
        kind: Widget
        spec: {anything: [1, 2]}
        ---
        kind: Deployment
        spec: {replica: 2}
        ---
        apiVersion: apps/v1beta1
        kind: Deployment
        spec: {replica: 2}
        """;
    // apps/v1beta1 is no longer served: api-version-removed says so, the schema rules say nothing
    assertThat(lint(yaml, Set.of("api-version-removed"))).isEmpty();
  }

  @Test
  void parallelRunsGiveTheSameFindings() {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      files.add(SourceFile.ofBytes("f" + (100 + i) + ".yaml", JOB.getBytes(StandardCharsets.UTF_8)));
    }
    List<Finding> serial = lint(files, Set.of(), 1, LintSettings.defaults());
    List<Finding> parallel = lint(files, Set.of(), 4, LintSettings.defaults());
    assertThat(parallel).isEqualTo(serial);
    assertThat(serial).filteredOn(f -> f.category().equals("schema") || f.category().equals("syntax")).hasSize(24 * 5);
  }

  @Test
  void badSchemaFilesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path notASchema = dir.resolve("pod.yaml");
    Files.writeString(notASchema, "apiVersion: v1\nkind: Pod\n");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "a: [\n");
    assertThatThrownBy(() -> SchemaCatalog.load(List.of(notASchema, broken, dir.resolve("missing.yaml"))))
        .isInstanceOf(SchemaFileException.class)
        .satisfies(e -> assertThat(((SchemaFileException) e).problems()).satisfiesExactlyInAnyOrder(
            p -> assertThat(p).startsWith(notASchema + ":1:1: neither a CustomResourceDefinition"),
            p -> assertThat(p).startsWith(broken + ":2:1: "),
            p -> assertThat(p).endsWith("missing.yaml: no such schema file")));
  }

  @Test
  void schemasThatReferToTheNetworkAreRefused(@TempDir Path dir) throws Exception {
    Path remote = dir.resolve("remote.json");
    Files.writeString(remote, """
        {"x-kubernetes-group-version-kind": [{"group": "example.com", "version": "v1", "kind": "Thing"}],
         "properties": {"spec": {"$ref": "https://example.com/thing-spec.json"}}}
        """);
    assertThatThrownBy(() -> SchemaCatalog.load(List.of(remote)))
        .isInstanceOf(SchemaFileException.class)
        .hasMessageContaining("$ref \"https://example.com/thing-spec.json\" points to the network");
  }

  @Test
  void aFolderOfSchemasSkipsOtherObjects(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("testdata/schemas/widget-crd.yaml"), dir.resolve("widget-crd.yaml"));
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: [widget-crd.yaml]\n");
    SchemaCatalog.load(List.of(dir));
    String widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata: {name: w}
        spec: {size: 2, colour: red}
        """;
    List<Finding> findings = lint(List.of(SourceFile.ofBytes("w.yaml", widget.getBytes(StandardCharsets.UTF_8))),
        Set.of(), 1, LintSettings.defaults().withExtraSchemas(List.of(dir)));
    assertThat(hits(findings)).containsExactly("4:17 schema-unknown-field");
  }

  @Test
  void schemaFactsFollowTheActivePolicies() {
    Document job = new YamlParser().parse("j.yaml", JOB).documents().get(0);
    YamlNode podSpec = job.root().at("spec.template.spec");
    YamlNode container = podSpec.get("containers").items().get(0);
    YamlNode port = container.get("ports").items().get(0).get("containerPort");
    CheckContext all = new FakeContext(Set.of("schema-unknown-field", "schema-wrong-type", "yaml-implicit-type"));
    assertThat(SchemaFacts.hasMisspelledKey(all, job, podSpec, "restartPolicy")).isTrue();
    assertThat(SchemaFacts.hasMisspelledKey(all, job, container, "readinessProbe")).isTrue();
    assertThat(SchemaFacts.hasMisspelledKey(all, job, container, "livenessProbe")).isFalse();
    assertThat(SchemaFacts.isReported(all, job, port)).isTrue();
    assertThat(SchemaFacts.isReported(all, job, container.get("image"))).isFalse();
    CheckContext none = new FakeContext(Set.of());
    assertThat(SchemaFacts.hasMisspelledKey(none, job, container, "readinessProbe")).isFalse();
    assertThat(SchemaFacts.isReported(none, job, port)).isFalse();
  }

  private record FakeContext(Set<String> active) implements CheckContext {
    @Override
    public void report(YamlNode at, String message) {}

    @Override
    public void report(YamlNode at, ContainerView container, String message) {}

    @Override
    public void report(YamlNode at, ContainerView container, String message, String consequence) {}

    @Override
    public void report(YamlNode at, io.podlint.parse.Location exact, ContainerView container, String message) {}

    @Override
    public Anchor anchor(YamlNode at, ContainerView container) {
      return null;
    }

    @Override
    public void afterIndex(Consumer<Indexed> task) {}

    @Override
    public LintSettings settings() {
      return new LintSettings(false, Map.of());
    }

    @Override
    public boolean isActive(String policyId) {
      return active.contains(policyId);
    }
  }
}

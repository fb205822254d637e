package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.Document;
import io.podlint.parse.JsonSchemas.SchemaError;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import io.podlint.testing.Mutations;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The quick pre-check never clears an object the full validator would fault (on every fixture,
 * the corpus when present, and mutated fixtures), and it does clear ordinary valid objects.
 */
class QuickSchemaTest {
  private static final List<String> SEEDS = Mutations.fixtureSeeds();
  private static final Path CORPUS = Path.of(System.getProperty("podlint.corpus", "../shared/corpus"));

  /** How the two validators judged the objects of one text. */
  private record Tally(int quickValid, int fullValid, int objects) {}

  private static Tally compare(String name, String yaml) {
    int quickValid = 0;
    int fullValid = 0;
    int objects = 0;
    for (Document d : new YamlParser().parse(name, yaml).documents()) {
      Optional<KindSchema> schema = SchemaCatalog.of(List.of()).forKind(d.apiVersion(), d.kind());
      if (schema.isEmpty()) {
        continue;
      }
      objects++;
      List<SchemaError> errors = schema.get().validate(ManifestJson.of(d.root(), false).json());
      boolean quick = schema.get().certainlyValid(d.root().raw());
      if (quick) {
        quickValid++;
        assertThat(errors).as("%s, object %d, cleared by the quick check", name, d.index()).isEmpty();
      }
      if (errors.isEmpty()) {
        fullValid++;
      }
    }
    return new Tally(quickValid, fullValid, objects);
  }

  @Test
  void neverClearsAFixtureObjectTheFullValidatorFaults() {
    int quick = 0;
    int full = 0;
    for (String yaml : SEEDS) {
      Tally t = compare("fixture", yaml);
      quick += t.quickValid();
      full += t.fullValid();
    }
    // It must also do its job: most valid objects are cleared without the full validator.
    assertThat(full).isGreaterThan(200);
    assertThat(quick).isGreaterThan(full * 9 / 10);
  }

  @Test
  void clearsEveryValidObjectOfTheHealthyExamples() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("testdata/examples/healthy"))) {
      files = s.sorted().toList();
    }
    for (Path p : files) {
      Tally t = compare(p.toString(), Files.readString(p));
      assertThat(t.quickValid()).as(p.toString()).isEqualTo(t.fullValid()).isEqualTo(t.objects());
    }
  }

  @Test
  void neverClearsACorpusObjectTheFullValidatorFaults() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    for (Path p : files) {
      compare(p.toString(), Files.readString(p));
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(SEEDS);
  }

  @Property(tries = 1000)
  void neverClearsAMutatedObjectTheFullValidatorFaults(@ForAll("mutated") String yaml) {
    compare("mutated", yaml);
  }

  /** Cases where the YAML and its JSON differ, or where only the full validator can tell. */
  @ParameterizedTest
  @ValueSource(strings = {
      "spec: {containers: [{name: a, image: b, ports: [{containerPort: 1.5}]}]}", // fraction for an integer
      "spec: {containers: [{name: a, image: b}], hostname: 1:30}", // base 60
      "spec: {containers: [{name: a, image: b}], hostname: yes}", // kubectl reads yes as a boolean
      "spec: {containers: [{name: a, image: b}], $patch: replace}", // strategic-merge patch directive
      "spec: {containers: [{name: a, image: b}], restartPolicy: Sometimes}", // enum
      "spec: {containers: [{name: a, image: b, resources: {limits: {cpu: \"1\\n\"}}}]}", // pattern and newline
      "spec: {containers: [{name: ~, image: b}]}", // null drops a required key
      "spec: {containers: [{name: a, image: b}, ~]}", // null item
      "spec: {containers: [{name: a, image: b}]}\nspec2: {}", // unknown field
      "spec: {containers: [{name: a, image: b, command: [{}]}]}", // wrong item type
  })
  void leavesDoubtfulObjectsToTheFullValidator(String spec) {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n" + spec + "\n";
    Document d = new YamlParser().parse("case.yaml", yaml).documents().get(0);
    assertThat(SchemaCatalog.of(List.of()).forKind("v1", "Pod").orElseThrow().certainlyValid(d.root().raw())).isFalse();
  }

  @Test
  void clearsTheCasesItCanDecide() {
    List<String> cleared = new ArrayList<>();
    for (String spec : List.of(
        "spec: {containers: [{name: a, image: b, ports: [{containerPort: 8080.0}]}]}", // Go writes 8080.0 as 8080
        "spec: {containers: [{name: a, image: b, tty: ~}]}", // null: left out
        "spec: {containers: [{name: a, image: b, resources: {limits: {cpu: 500m}}}]}",
        "metadata: {name: p, creationTimestamp: \"2024-01-02T03:04:05Z\"}\nspec: {containers: [{name: a, image: b}]}")) {
      String yaml = "apiVersion: v1\nkind: Pod\n" + (spec.startsWith("metadata") ? "" : "metadata: {name: p}\n") + spec;
      Document d = new YamlParser().parse("case.yaml", yaml).documents().get(0);
      if (SchemaCatalog.of(List.of()).forKind("v1", "Pod").orElseThrow().certainlyValid(d.root().raw())) {
        cleared.add(spec);
      }
    }
    assertThat(cleared).hasSize(4);
  }

  @Test
  void decidesListItemsByTheirKind() {
    String list = """
        apiVersion: v1
        kind: List
        items:
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}
          - {apiVersion: v1, kind: Service, metadata: {name: b}, spec: {ports: [{port: 80}]}}
        """;
    // The parser splits Lists into their items; compose the List itself.
    KindSchema schema = SchemaCatalog.of(List.of()).forKind("v1", "List").orElseThrow();
    assertThat(schema.certainlyValid(new Yaml().compose(new StringReader(list)))).isTrue();
    Node bad = new Yaml().compose(new StringReader(list.replace("data: {k: v}", "data: {k: [v]}")));
    assertThat(schema.certainlyValid(bad)).isFalse();
    assertThat(schema.validate(ManifestJson.of(YamlNode.root(bad), false).json())).isNotEmpty();
  }
}

package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a new user meets first: usage errors in one line with exit code 2, never an "internal error". */
class FirstContactTest {
  private static final String INPUT = "testdata/cli/broken-job.yaml";

  /** Each option that names a file to write, with the arguments that put that file at {@code target}. */
  static List<Object[]> writers() {
    return List.of(
        new Object[] {"-o", (java.util.function.Function<Path, String[]>) t -> new String[] {"lint", "-o", t.toString(), INPUT}},
        new Object[] {"-f FORMAT=FILE", (java.util.function.Function<Path, String[]>) t -> new String[] {"lint", "-f", "json=" + t, INPUT}},
        new Object[] {"--write-baseline", (java.util.function.Function<Path, String[]>) t -> new String[] {"lint", "--write-baseline", t.toString(), INPUT}},
        new Object[] {"init --file", (java.util.function.Function<Path, String[]>) t -> new String[] {"init", "--force", "--file", t.toString()}});
  }

  @ParameterizedTest(name = "{0} into a folder")
  @MethodSource("writers")
  void writingOverAFolderIsAUsageErrorInOneLine(String option, java.util.function.Function<Path, String[]> args,
      @TempDir Path dir) {
    Cli r = Cli.run(args.apply(dir));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("podlint: cannot write " + dir + ": it is a folder\n");
    assertThat(r.out()).isEmpty(); // nothing linted, nothing reported
  }

  @ParameterizedTest(name = "{0} below a file")
  @MethodSource("writers")
  void writingBelowAFileIsAUsageErrorInOneLine(String option, java.util.function.Function<Path, String[]> args,
      @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    Path target = file.resolve("sub/report.out");
    Cli r = Cli.run(args.apply(target));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("podlint: cannot write " + target + ": ").doesNotContain("internal error")
        .doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void aFormatWithAnEmptyFileNameIsAUsageError() {
    Cli r = Cli.run("lint", "-f", "json=", INPUT);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("podlint: -f json=: the file name after \"=\" is missing\n");
  }

  @Test
  void writingIntoAMissingFolderCreatesIt(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("reports/deep/podlint.json");
    Cli r = Cli.run("lint", "-f", "json=" + target, INPUT);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(target.toFile()).at("/summary/errors").asInt()).isEqualTo(1);
  }

  @Test
  void aMissingPathPrintsItsErrorAndNoEmptySummary() {
    Cli r = Cli.run("lint", "no/such/path.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("podlint: no/such/path.yaml: no such file or folder\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingPathNextToAGoodOneStillReportsTheGoodOne() {
    Cli r = Cli.run("lint", "no/such/path.yaml", "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("no problems found in 1 file (1 object, 1 workload)");
  }

  @Test
  void barePodlintPrintsItsUsageOnStandardErrorAndExitsTwo() {
    Cli r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Usage: podlint").contains("lint", "config-schema");
  }

  @Test
  void helpStillGoesToStandardOutputAndExitsZero() {
    Cli r = Cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Usage: podlint");
  }

  @Test
  void rulesTakesDashFLikeLint() {
    Cli shortForm = Cli.run("rules", "-f", "markdown");
    assertThat(shortForm.exitCode()).as(shortForm.err()).isZero();
    assertThat(shortForm.out()).isEqualTo(Cli.run("rules", "--format", "markdown").out()).startsWith("<!-- GENERATED");
    assertThat(Cli.run("rules", "-f", "text").out()).isEqualTo(Cli.run("rules").out());
    Cli bad = Cli.run("rules", "-f", "sarif");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("podlint: unknown format \"sarif\"; use text or markdown\n");
  }

  @Test
  void configSchemaPrintsTheBundledSchemaWithAnIdThatExists() throws Exception {
    Cli r = Cli.run("config-schema");
    assertThat(r.exitCode()).isZero();
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/main/resources/schemas/podlint-config.schema.json")));
    // the $id is this file in the podlint repository (the one the README clones), not an invented domain
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://raw.githubusercontent.com/podlint/podlint/main/src/main/resources/schemas/podlint-config.schema.json");
    assertThat(new ObjectMapper().readTree(Path.of("policies/policy.schema.json").toFile()).get("$id").asText())
        .isEqualTo("https://raw.githubusercontent.com/podlint/podlint/main/policies/policy.schema.json");
  }

  @Test
  void initWritesASchemaLineThatPointsAtTheRealSchema(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".podlint.yaml");
    Cli r = Cli.run("init", "--file", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(file);
    String id = new ObjectMapper().readTree(Cli.run("config-schema").out()).get("$id").asText();
    assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=" + id);
    assertThat(String.join("\n", lines)).contains("podlint config-schema > .podlint.schema.json")
        .doesNotContain("podlint.io");
  }

  @Test
  void theTextReportEndsWithCountsPerRuleMostFrequentFirst(@TempDir Path dir) throws Exception {
    // two bare Pods without tag or resources (2 findings of four rules) and a Job without restartPolicy
    Path pods = Files.writeString(dir.resolve("pods.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers: [{name: app, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        spec:
          containers: [{name: app, image: nginx}]
        """);
    Cli r = Cli.run("lint", "--no-config", "--fail-on", "none", pods.toString(), INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(lines.size() - 2)).isEqualTo("9 problems (1 error, 6 warnings, 2 info) in 2 of 2 files");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("by rule: 2 bare-pod, 2 image-tag-missing-or-latest, 2 resources-memory-limit-missing,"
            + " 2 resources-requests-missing, 1 restart-policy-job");
  }
}

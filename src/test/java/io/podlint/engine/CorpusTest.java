package io.podlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podlint.cli.MainAccess;
import io.podlint.model.Finding;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * podlint gets through every real-world manifest of {@code ../shared/corpus} without a crash
 * (skipped when that folder is absent; never copied into the repository).
 */
@org.junit.jupiter.api.Tag("integration")
class CorpusTest {
  static final Path CORPUS = Path.of(System.getProperty("podlint.corpus", "../shared/corpus"));

  @Test
  void everyCorpusFileIsLintedWithoutInternalErrors() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    List<SourceFile> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted()
          .map(p -> SourceFile.of(p.toString(), p)).toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    // Every policy, opt-in ones included.
    List<BoundPolicy> all = Fixtures.builtIns().all();
    LintResult result = new Linter(all, new LintSettings(true, java.util.Map.of()), 2).lint(files);
    assertThat(result.internalErrors()).isEmpty();
    assertThat(result.inputErrors()).isEmpty();
    assertThat(result.workloads()).isGreaterThan(50);
    for (Finding f : result.findings()) {
      assertThat(f.line()).isPositive();
      assertThat(f.message()).doesNotContain("Exception").doesNotContain("\n\tat ");
    }
  }

  @Test
  void describeGetsThroughTheCorpus() {
    assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    MainAccess.Result r = MainAccess.run("describe", "--no-config", "--format", "json", CORPUS.toString());
    assertThat(r.exitCode()).isIn(0, 1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"workloads\"");
  }

  @Test
  void theCliPrintsNoStackTraceOnTheCorpus() {
    assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    MainAccess.Result r = MainAccess.run("lint", "--format", "json", CORPUS.toString());
    // 2 when a chart or kustomization of the corpus cannot be rendered here (no helm, a generated
    // file missing): one line each, and everything else still linted
    assertThat(r.exitCode()).isIn(0, 1, 2);
    assertThat(r.err().lines()).allMatch(l -> l.startsWith("podlint: ") && (l.contains(": a Helm chart, but ")
        || l.contains(" failed: ")), "only render problems, one line each")
        .noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
    assertThat(r.exitCode() == 2).isEqualTo(!r.err().isEmpty());
    assertThat(r.out()).contains("\"findings\"");
  }
}

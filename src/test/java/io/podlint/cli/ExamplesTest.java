package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled examples do what the README says: healthy ones are clean, broken ones fail. */
class ExamplesTest {
  private static List<Path> files(String folder) throws Exception {
    try (Stream<Path> s = Files.list(Path.of("testdata/examples", folder))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void healthyExamplesHaveNoFindingAtAll() throws Exception {
    for (Path p : files("healthy")) {
      Cli r = Cli.run("lint", "--no-config", "--fail-on", "info", p.toString());
      assertThat(r.exitCode()).as(p + "\n" + r.out()).isZero();
    }
  }

  /**
   * The quick start lints the whole folder: broken/ defines objects of the same names as healthy/
   * (alternatives, not one object), and must not make a healthy example fail.
   */
  @Test
  void healthyExamplesStayCleanNextToTheBrokenOnes() throws Exception {
    Cli r = Cli.run("lint", "--no-config", "--fail-on", "info", "-f", "compact", "testdata/examples");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.startsWith("testdata/examples/healthy/"))).isEmpty();
    assertThat(r.out().lines().filter(l -> l.startsWith("testdata/examples/broken/"))).isNotEmpty();
  }

  @Test
  void everyBrokenExampleFails() throws Exception {
    for (Path p : files("broken")) {
      Cli r = Cli.run("lint", "--no-config", "--fail-on", "warning", p.toString());
      assertThat(r.exitCode()).as(p + "\n" + r.out()).isEqualTo(1);
    }
  }
}

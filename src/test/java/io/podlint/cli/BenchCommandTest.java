package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark harness runs end to end on generated manifests and prints one row per size. */
class BenchCommandTest {
  @Test
  void measuresBothPassesOnGeneratedManifests(@TempDir Path work) {
    MainAccess.Result r = MainAccess.run("bench", "--documents", "40,80", "--warmup", "1", "--warmup-seconds", "0", "--rounds", "1",
        "--corpus", work.resolve("absent").toString(), "--work", work.resolve("bench").toString(), "--threads", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[0]).contains("seeds: generated manifests").contains("118 rules");
    assertThat(lines[1]).contains("warm-up: 1 rounds of each pass per size and at least 0 s").contains("best of 1");
    assertThat(lines[2]).contains("parse docs/s").contains("lint docs/s").contains("cpu ratio").contains("cold lint docs/s");
    // 20 generated files of two documents each, copied round-robin until the size is reached.
    assertThat(lines[3].trim().split("\\s+")).startsWith("40", "20");
    assertThat(lines[4].trim().split("\\s+")).startsWith("80", "40");
    assertThat(lines[4].trim()).endsWith("-"); // the cold figure is only for the first size
  }
}

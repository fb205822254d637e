package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark harness runs end to end on generated manifests and prints one row per size. */
@org.junit.jupiter.api.Tag("integration")
class BenchCommandTest {
  private static MainAccess.Result bench(Path work, String... extra) {
    String[] common = {"bench", "--documents", "40,80", "--warmup", "1", "--warmup-seconds", "0",
        "--warmup-max-seconds", "0", "--rounds", "1", "--round-seconds", "0", "--corpus", work.resolve("absent").toString(),
        "--work", work.resolve("bench").toString(), "--threads", "2"};
    String[] args = java.util.Arrays.copyOf(common, common.length + extra.length);
    System.arraycopy(extra, 0, args, common.length, extra.length);
    return MainAccess.run(args);
  }

  private static void assertTable(MainAccess.Result r, String mode) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    String[] lines = r.out().strip().split("\n");
    // every built-in policy, opt-in ones included: counted, so that new rules do not break the test
    int rules = io.podlint.testing.Fixtures.builtIns().all().size();
    assertThat(lines[0]).contains("seeds: generated manifests").contains(rules + " rules");
    assertThat(lines[1]).startsWith(mode).contains("at least 1 rounds and 0 s").contains("best of 1");
    assertThat(lines[2]).contains("parse docs/s").contains("lint docs/s").contains("cpu ratio").contains("cold lint docs/s");
    // 20 generated files of two documents each, copied round-robin until the size is reached.
    String[] row40 = lines[3].trim().split("\\s+");
    String[] row80 = lines[4].trim().split("\\s+");
    assertThat(row40).startsWith("40", "20");
    assertThat(row80).startsWith("80", "40");
    for (String[] row : java.util.List.of(row40, row80)) {
      assertThat(Double.parseDouble(row[2])).isPositive(); // parse docs/s
      assertThat(Double.parseDouble(row[3])).isPositive(); // lint docs/s
      assertThat(Double.parseDouble(row[row.length - 1])).isPositive(); // cold lint docs/s
    }
    assertThat(lines).hasSize(5);
  }

  @Test
  void measuresEachPassInAFreshJvm(@TempDir Path work) {
    assertTable(bench(work), "each pass in a fresh JVM (-Xmx512m)");
  }

  @Test
  void measuresBothPassesInProcessOnRequest(@TempDir Path work) {
    assertTable(bench(work, "--in-process"), "both passes in this JVM");
  }

  @Test
  void keepsTheBestOfSeveralForks(@TempDir Path work) {
    MainAccess.Result r = bench(work, "--forks", "2");
    assertTable(r, "each pass in the best of 2 fresh JVMs (-Xmx512m)");
  }

  @Test
  void theBetterOfTwoMeasurementsIsTheFasterWithTheLargerHeap() {
    BenchPass.Result a = new BenchPass.Result(10, 0.2, 0.5, 100, 2.0);
    BenchPass.Result b = new BenchPass.Result(10, 0.3, 0.4, 200, 1.5);
    assertThat(BenchPass.Result.better(a, b)).isEqualTo(new BenchPass.Result(10, 0.2, 0.4, 200, 1.5));
    assertThat(BenchPass.Result.better(null, b)).isSameAs(b);
  }

  @Test
  void readsBackWhatAForkedPassPrinted() {
    BenchPass.Result r = new BenchPass.Result(8331, 0.15, 0.3, 182_353_672, 1.08);
    assertThat(BenchPass.Result.parse(r.toLine())).isEqualTo(r);
    assertThat(BenchPass.Result.parse("time per policy (all rounds, ms; total 3):")).isNull();
  }
}

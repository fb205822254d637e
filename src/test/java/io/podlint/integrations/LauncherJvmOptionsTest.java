package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/podlint picks quick-start JVM flags for a few files and throughput flags for a folder, and
 * PODLINT_JAVA_OPTS comes last so that the user's options win.
 */
@org.junit.jupiter.api.Tag("integration")
class LauncherJvmOptionsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static String flags(Path tmp, String target) throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PODLINT_JAR", ThinJar.create(tmp).toString());
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    env.put("PODLINT_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx300m");
    Path checkout = Path.of("").toAbsolutePath();
    Processes.Result r = Processes.run(checkout, env, TIMEOUT,
        List.of(checkout.resolve("bin/podlint").toString(), "lint", "--no-config", "--format", "compact", target));
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output();
  }

  @Test
  void aFolderGetsTheFullJitAndTheParallelCollector(@TempDir Path tmp) throws Exception {
    String out = flags(tmp, "testdata/examples/healthy");
    assertThat(out).contains("-XX:+UseParallelGC", "-XX:GCTimeRatio=9", "-XX:MaxHeapSize=314572800")
        .doesNotContain("TieredStopAtLevel");
  }

  @Test
  void aFewFilesGetQuickStartFlags(@TempDir Path tmp) throws Exception {
    String out = flags(tmp, "testdata/examples/healthy/" + java.nio.file.Files.list(Path.of("testdata/examples/healthy"))
        .map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow());
    assertThat(out).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxHeapSize=314572800");
  }
}

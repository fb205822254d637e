package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command-line path of chart rendering, as hooks and CI run it: {@code bin/podlint lint
 * CHART} with a {@code helm} found on PATH. The helm there is testdata/render/helm/helm, a
 * stand-in that prints the recorded {@code helm template} output of the test chart.
 */
@org.junit.jupiter.api.Tag("integration")
class RenderOnPathTest {
  @Test
  void aChartFolderIsRenderedWithTheHelmOnPath(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.onPath("bash"), "bash is not installed");
    Map<String, String> env = new HashMap<>();
    env.put("PODLINT_JAR", ThinJar.create(tmp).toString());
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    env.put("PATH", Path.of("testdata/render/helm").toAbsolutePath() + File.pathSeparator + System.getenv("PATH"));
    Processes.Result r = Processes.run(Path.of("").toAbsolutePath(), env, Duration.ofMinutes(2),
        List.of("bin/podlint", "lint", "-c", "testdata/helm/podlint.yaml", "-f", "compact", "testdata/render/helm/shop"));
    assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
    assertThat(r.output()).contains("testdata/render/helm/shop/templates/deployment.yaml:29:21: error: ")
        .contains("testdata/render/helm/shop/templates/migrate-job.yaml:11:5: error: ")
        .doesNotContain("yaml-syntax");
  }
}

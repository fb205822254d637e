package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run of bin/podlint builds the jar with Maven; that build's output lands in pre-commit
 * and CI logs, so it must carry no colour escapes. A stand-in {@code mvn} on the PATH records its
 * arguments, prints colour escapes as Maven 3.8 does even with -B, and "builds" a thin jar.
 */
@org.junit.jupiter.api.Tag("integration")
class LauncherBuildTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void theFirstBuildRunsMavenInBatchModeWithoutColour(@TempDir Path tmp) throws Exception {
    Path checkout = tmp.resolve("checkout");
    Files.createDirectories(checkout.resolve("bin"));
    Files.createDirectories(checkout.resolve("src/main"));
    Files.createDirectories(checkout.resolve("policies"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    Files.writeString(checkout.resolve("src/main/Stub.java"), "class Stub {}\n");
    Path launcher = checkout.resolve("bin/podlint");
    Files.copy(Path.of("bin/podlint"), launcher);
    Path thin = ThinJar.create(Files.createDirectories(tmp.resolve("thin")));
    Path fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
    Path args = tmp.resolve("mvn-args");
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(mvn, """
        #!/usr/bin/env bash
        echo "$@" > '%s'
        printf '\\033[0m\\033[0m[\\033[1;34mINFO\\033[m] Building podlint\\n'
        mkdir -p target && cp '%s' target/podlint.jar
        printf '\\033[0m\\033[0m'
        """.formatted(args, thin));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("PODLINT_JAR");
    env.put("PATH", fakeBin + ":" + System.getenv("PATH"));
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    Processes.Result r = Processes.run(checkout, env, TIMEOUT, List.of(launcher.toString(), "--version"));

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(Files.readString(args).trim().split(" ")).contains("-B", "-Dstyle.color=never", "package");
    assertThat(r.output()).contains("Building podlint", "podlint ").doesNotContain("\u001b");
  }

  @Test
  void ciRunsMavenInBatchModeWithoutColourAndDropsStrayEscapes() throws Exception {
    String mvnLine = Files.readAllLines(Path.of(".ci/run")).stream()
        .filter(l -> l.startsWith("mvn ") && l.contains(" test")).findFirst().orElseThrow();
    assertThat(mvnLine.split(" ")).contains("-B", "-Dstyle.color=never", "test");
    assertThat(mvnLine).contains("| sed ");
  }
}

package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podlint.cli.Version;
import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle's launcher (src/bundle/podlint) on a bundle laid out as build.sh lays it out, with
 * the test JDK's java as its runtime and a thin jar of the classes under test: a few seconds, no
 * jlink. It ignores JAVA_HOME and PATH, follows links, picks the JVM flags by the arguments and
 * never writes into the bundle. The real bundle is checked by src/bundle/check.sh.
 */
@org.junit.jupiter.api.Tag("integration")
class BundleLauncherTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private static Path layOut(Path tmp, String builtAt) throws Exception {
    Path home = tmp.resolve("bundle");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.createDirectories(home.resolve("runtime/bin"));
    Path launcher = Files.copy(Path.of("src/bundle/podlint"), home.resolve("bin/podlint"));
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Files.move(ThinJar.create(tmp), home.resolve("lib/podlint.jar"));
    // (wrappers rather than links out of the temporary folder, which JUnit warns about when deleting)
    wrapper(home.resolve("runtime/bin/java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Files.writeString(home.resolve("lib/podlint.jsa.home"), (builtAt == null ? home.toRealPath().toString() : builtAt) + "\n0-test\n");
    if (builtAt == null) {
      // (a stand-in for the archive made at build time, which a release archive leaves out; the
      // JVM starts without sharing when it cannot map it)
      Files.write(home.resolve("lib/podlint.jsa"), new byte[0]);
    }
    return home;
  }

  private static void wrapper(Path file, Path target) throws Exception {
    Files.writeString(file, "#!/bin/sh\nexec '" + target + "' \"$@\"\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  private static Map<String, String> bareEnv(Path tmp) throws Exception {
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    for (String tool : List.of("readlink", "cksum", "mkdir", "mv", "rm")) {
      for (String dir : List.of("/usr/bin", "/bin")) {
        if (Files.isExecutable(Path.of(dir, tool)) && !Files.exists(tools.resolve(tool))) {
          wrapper(tools.resolve(tool), Path.of(dir, tool));
        }
      }
    }
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString()); // no java on it
    env.put("JAVA_HOME", tmp.resolve("no such jdk").toString());
    env.put("HOME", tmp.resolve("home").toString());
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    env.put("PODLINT_JAVA_OPTS", "");
    return env;
  }

  private static Processes.Result run(Path dir, Map<String, String> env, String... command) {
    return Processes.run(dir, env, TIMEOUT, List.of(command));
  }

  private static List<Path> files(Path home) throws Exception {
    try (Stream<Path> s = Files.walk(home)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void runsItsOwnRuntimeWithoutJavaOnPathOrJavaHomeAndThroughLinks(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    Path home = layOut(tmp, null);
    List<Path> before = files(home);
    Map<String, String> env = bareEnv(tmp);
    Processes.Result direct = run(tmp, env, home.resolve("bin/podlint").toString(), "--version");
    assertThat(direct.exitCode()).as(direct.output()).isZero();
    assertThat(direct.output()).startsWith("podlint " + Version.get() + "\n");

    // A link to a link, as package managers install it, called from another folder.
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("inner"), home.resolve("bin/podlint"));
    Files.createSymbolicLink(links.resolve("podlint"), Path.of("inner"));
    Processes.Result linked = run(Path.of("testdata/examples").toAbsolutePath(), env, links.resolve("podlint").toString(),
        "lint", "--no-config", "broken/job-without-restart-policy.yaml");
    assertThat(linked.exitCode()).as(linked.output()).isEqualTo(1);
    assertThat(linked.output()).contains("broken/job-without-restart-policy.yaml:11:5 error restart-policy-job ");
    assertThat(files(home)).isEqualTo(before);
  }

  @Test
  void picksQuickStartFlagsForFilesAndTheFullJitForFolders(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    Path home = layOut(tmp, null);
    Map<String, String> env = bareEnv(tmp);
    env.put("PODLINT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    Path examples = Path.of("testdata/examples").toAbsolutePath();
    String file = run(examples, env, home.resolve("bin/podlint").toString(), "lint", "--no-config", "healthy/web.yaml").output();
    assertThat(file).contains("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC").contains("-XX:ThreadStackSize=4096")
        .contains("-XX:SharedArchiveFile=" + home.toRealPath().resolve("lib/podlint.jsa"));
    String folder = run(examples, env, home.resolve("bin/podlint").toString(), "lint", "--no-config", "healthy").output();
    assertThat(folder).contains("-XX:+UseParallelGC").contains("-XX:GCTimeRatio=9").doesNotContain("TieredStopAtLevel");
  }

  @Test
  void movedElsewhereItRecordsItsArchiveInTheCacheOrRunsWithout(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    Path home = layOut(tmp, "/where/it/was/built");
    List<Path> before = files(home);
    Map<String, String> env = bareEnv(tmp);
    env.put("PODLINT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    Processes.Result moved = run(tmp, env, home.resolve("bin/podlint").toString(), "--version");
    assertThat(moved.exitCode()).as(moved.output()).isZero();
    assertThat(moved.output()).contains("podlint " + Version.get() + "\n")
        .doesNotContain("-XX:SharedArchiveFile=" + home.toRealPath().resolve("lib/podlint.jsa"));
    // (The thin jar's class path has folders, which Java 17 does not archive: whether the training
    // run recorded an archive in the cache depends on that, so only "never in the bundle" is checked.)
    assertThat(files(home)).isEqualTo(before);

    env.put("PODLINT_CACHE_DIR", home.resolve("lib/podlint.jar/not a folder").toString()); // cannot be made
    Processes.Result noCache = run(tmp, env, home.resolve("bin/podlint").toString(), "--version");
    assertThat(noCache.exitCode()).as(noCache.output()).isZero();
    assertThat(noCache.output()).contains("podlint " + Version.get() + "\n").doesNotContain("SharedArchiveFile");
    assertThat(files(home)).isEqualTo(before);
  }
}

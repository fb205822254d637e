package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook, run by the real {@code pre-commit try-repo} against this checkout on a
 * temporary repository with a good and a bad manifest. Skipped when pre-commit or git is absent.
 *
 * <p>try-repo clones the checkout at HEAD (uncommitted changes included) into a fresh store on
 * every run, where bin/podlint would build the jar with Maven. By default the hook gets
 * {@code PODLINT_JAR}, a launcher jar for the classes under test, so the test takes seconds. With
 * {@code PODLINT_TEST_PRECOMMIT_BUILD=1} it exercises the real first run instead: a Maven build in
 * pre-commit's clone, cached under {@code ${java.io.tmpdir}/podlint-precommit-test-cache} for the
 * next runs.
 */
@org.junit.jupiter.api.Tag("integration")
class PreCommitHookTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  void tryRepoPassesGoodManifestsAndFailsBadOnesOnlyForYamlFiles(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.onPath("pre-commit") && Processes.onPath("git"), "pre-commit or git is not installed");
    Path checkout = Path.of("").toAbsolutePath();
    assumeTrue(Files.exists(checkout.resolve(".git")), "not a git checkout: try-repo needs one");

    Path repo = Files.createDirectories(tmp.resolve("manifests repo"));
    Files.copy(Path.of("testdata/cli/healthy.yaml"), repo.resolve("good.yaml"));
    Files.createDirectories(repo.resolve("deploy dir"));
    Files.copy(Path.of("testdata/cli/broken-job.yaml"), repo.resolve("deploy dir/bad job.yml"));
    Files.writeString(repo.resolve("notes.txt"), "kind: [not yaml\n");
    Map<String, String> env = new HashMap<>();
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
    env.put("PRE_COMMIT_COLOR", "never");
    if ("1".equals(System.getenv("PODLINT_TEST_PRECOMMIT_BUILD"))) {
      env.put("PODLINT_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "podlint-precommit-test-cache").toString());
    } else {
      env.put("PODLINT_JAR", ThinJar.create(tmp).toString());
      env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    }
    assertThat(run(repo, env, "git", "init", "-q").ok()).isTrue();
    assertThat(run(repo, env, "git", "add", ".").ok()).isTrue();

    Processes.Result good = tryRepo(repo, env, checkout, "--files", "good.yaml", "notes.txt");
    assertThat(good.exitCode()).as(good.output()).isZero();
    assertThat(good.output()).contains("podlint (Kubernetes manifests)").contains("Passed");

    Processes.Result all = tryRepo(repo, env, checkout, "--all-files");
    assertThat(all.exitCode()).as(all.output()).isEqualTo(1);
    assertThat(all.output()).contains("Failed")
        .contains("deploy dir/bad job.yml:7:5 error restart-policy-job ")
        .contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files") // notes.txt is not passed
        .doesNotContain("notes.txt");
    assertThat(good.took().plus(all.took())).isLessThan(Duration.ofSeconds(60));
  }

  /**
   * The {@code podlint-system} hook runs the podlint on PATH, here a script that runs the classes
   * under test; the checkout's bin/podlint is never used, so nothing is built.
   */
  @Test
  void theSystemHookRunsThePodlintOnPath(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.onPath("pre-commit") && Processes.onPath("git"), "pre-commit or git is not installed");
    Path checkout = Path.of("").toAbsolutePath();
    assumeTrue(Files.exists(checkout.resolve(".git")), "not a git checkout: try-repo needs one");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path podlint = bin.resolve("podlint");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.writeString(podlint, "#!/bin/sh\nexec '" + java + "' -jar '" + ThinJar.create(tmp) + "' \"$@\"\n");
    assertThat(podlint.toFile().setExecutable(true)).isTrue();

    Path repo = Files.createDirectories(tmp.resolve("manifests repo"));
    Files.copy(Path.of("testdata/cli/healthy.yaml"), repo.resolve("good.yaml"));
    Files.copy(Path.of("testdata/cli/broken-job.yaml"), repo.resolve("bad job.yml"));
    Map<String, String> env = new HashMap<>();
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
    env.put("PRE_COMMIT_COLOR", "never");
    env.put("PODLINT_JAR", tmp.resolve("no such jar").toString()); // bin/podlint would fail with it
    env.put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    assertThat(run(repo, env, "git", "init", "-q").ok()).isTrue();
    assertThat(run(repo, env, "git", "add", ".").ok()).isTrue();

    List<String> command = List.of("pre-commit", "try-repo", checkout.toString(), "podlint-system", "--all-files");
    Processes.Result all = Processes.run(repo, env, TIMEOUT, command);
    assertThat(all.exitCode()).as(all.output()).isEqualTo(1);
    assertThat(all.output()).contains("podlint (Kubernetes manifests, podlint on PATH)").contains("Failed")
        .contains("bad job.yml:7:5 error restart-policy-job ")
        .contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files");
  }

  private static Processes.Result tryRepo(Path repo, Map<String, String> env, Path checkout, String... args) {
    List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo", checkout.toString(), "podlint"));
    command.addAll(List.of(args));
    return Processes.run(repo, env, TIMEOUT, command);
  }

  private static Processes.Result run(Path dir, Map<String, String> env, String... command) {
    return Processes.run(dir, env, TIMEOUT, List.of(command));
  }
}

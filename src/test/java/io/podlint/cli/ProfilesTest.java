package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profiles:} in the config enables the opt-in policies that list the profile. */
class ProfilesTest {
  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        automountServiceAccountToken: false
        containers:
          - name: app
            image: app:1.0
            env: [{name: DB_PASSWORD, value: hunter2}]
      """;

  @Test
  void hardeningIsOptIn(@TempDir Path dir) throws Exception {
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    assertThat(Cli.run("lint", "--no-config", "-f", "compact", pod.toString()).out()).doesNotContain("hardening-");
    Path config = Files.writeString(dir.resolve("c.yaml"), "profiles: [hardening]\n");
    Cli on = Cli.run("lint", "-c", config.toString(), "-f", "compact", "--fail-on", "none", pod.toString());
    assertThat(on.out()).contains(":9:40: info: container \"app\" sets DB_PASSWORD to a literal value")
        .contains("[hardening-read-only-root-filesystem]").doesNotContain("hardening-service-account-token");
    Path off = Files.writeString(dir.resolve("off.yaml"),
        "profiles: [hardening]\nrules:\n  hardening-secret-env-literal: false\n");
    assertThat(Cli.run("lint", "-c", off.toString(), "-f", "compact", pod.toString()).out())
        .doesNotContain("hardening-secret-env-literal").contains("hardening-read-only-root-filesystem");
  }

  @Test
  void unknownProfileIsAUsageError(@TempDir Path dir) throws Exception {
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    Path config = Files.writeString(dir.resolve("c.yaml"), "profiles: [hardenning]\n");
    Cli r = Cli.run("lint", "-c", config.toString(), pod.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("podlint: " + config + ": unknown profile \"hardenning\" (did you mean "
        + "\"hardening\"?); the profiles are hardening");
  }
}

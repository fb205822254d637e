package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to set the Pod Security level, their precedence, and the usage errors. */
class PodSecurityOptionTest {
  private static final String POD = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels: {pod-security.kubernetes.io/audit: baseline}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: shop}
      spec:
        hostNetwork: true
        containers: [{name: app, image: app:1.0}]
      """;

  private static Path write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void optionWinsOverConfigWhichWinsOverLabels(@TempDir Path dir) throws Exception {
    Path pod = write(dir, "pod.yaml", POD);
    Path config = write(dir, "c.yaml", "podSecurity: baseline\n");
    Cli labels = Cli.run("lint", "--no-config", "-f", "compact", "--fail-on", "none", pod.toString());
    assertThat(labels.out()).contains(":11:16: info: would violate PodSecurity \"baseline:latest\": host namespaces "
        + "(hostNetwork=true)").contains("audit level from the labels of Namespace \"shop\"");
    Cli fromConfig = Cli.run("lint", "-c", config.toString(), "-f", "compact", "--fail-on", "none", pod.toString());
    assertThat(fromConfig.out()).contains(":11:16: warning: Warning: would violate PodSecurity \"baseline:latest\"")
        .contains("warn level from podSecurity in " + config);
    Cli fromOption = Cli.run("lint", "-c", config.toString(), "--pod-security", "restricted:v1.30", "-f", "compact",
        pod.toString());
    assertThat(fromOption.exitCode()).isEqualTo(1);
    assertThat(fromOption.out()).contains(":11:16: error: pods \"p\" is forbidden: violates PodSecurity "
        + "\"restricted:v1.30\": host namespaces (hostNetwork=true)").doesNotContain("warning: Warning: would violate");
  }

  @Test
  void perModeConfig(@TempDir Path dir) throws Exception {
    Path pod = write(dir, "pod.yaml", POD);
    Path config = write(dir, "c.yaml", "podSecurity:\n  enforce: baseline:v1.29\n  warn: restricted\n");
    Cli r = Cli.run("lint", "-c", config.toString(), "-f", "compact", pod.toString());
    assertThat(r.out()).contains(":11:16: error: pods \"p\" is forbidden: violates PodSecurity \"baseline:v1.29\"")
        .contains("warning: Warning: would violate PodSecurity \"restricted:latest\": allowPrivilegeEscalation != false");
  }

  @Test
  void badValuesAreUsageErrors(@TempDir Path dir) throws Exception {
    Path pod = write(dir, "pod.yaml", POD);
    Cli option = Cli.run("lint", "--no-config", "--pod-security", "restricted:1.30", pod.toString());
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err().strip()).isEqualTo("podlint: --pod-security: \"restricted:1.30\" is not LEVEL[:VERSION] "
        + "(LEVEL privileged, baseline or restricted; VERSION latest or v1.NN, such as restricted:v1.30)");
    Path config = write(dir, "c.yaml", "podSecurity: strict\n");
    Cli bad = Cli.run("lint", "-c", config.toString(), pod.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip().lines()).singleElement().asString().startsWith("podlint: " + config + ":1:14: podSecurity: \"strict\" is not valid: ").contains("LEVEL[:VERSION]");
  }

  @Test
  void describeNamesTheLevelAndTheFailingChecks(@TempDir Path dir) throws Exception {
    Path pod = write(dir, "pod.yaml", POD);
    Cli r = Cli.run("describe", "--no-config", "--pod-security", "baseline:v1.30", pod.toString());
    assertThat(r.out()).contains("admission: REJECTED by the API server")
        .contains("pod security (from --pod-security baseline:v1.30):")
        .contains("enforce baseline:v1.30 (checks of policy v1.30): fails hostNamespaces");
  }
}

package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --kubernetes-version and kubernetesVersion in .podlint.yaml, end to end through the CLI. */
class KubernetesVersionOptionTest {
  private static final String FLOW_SCHEMA = """
      apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
      kind: FlowSchema
      metadata:
        name: fs
      """;

  private static Path manifest(Path dir) throws Exception {
    Path f = dir.resolve("fs.yaml");
    Files.writeString(f, FLOW_SCHEMA);
    return f;
  }

  @Test
  void theOptionSelectsTheTargetRelease(@TempDir Path dir) throws Exception {
    Path f = manifest(dir);
    // flowcontrol v1beta3: served from 1.26, deprecated in 1.29, removed in 1.32
    assertThat(Cli.run("lint", "--no-config", "-f", "compact", "--kubernetes-version", "1.28", f.toString()).out()).isEmpty();
    assertThat(Cli.run("lint", "--no-config", "-f", "compact", "--kubernetes-version", "v1.31.4", f.toString()).out())
        .contains("warning: flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated since 1.29");
    Cli removed = Cli.run("lint", "--no-config", "-f", "compact", "--kubernetes-version", "1.32", f.toString());
    assertThat(removed.exitCode()).isEqualTo(1);
    assertThat(removed.out()).contains("fs.yaml:1:13: error: the API server of 1.32 does not serve");
    assertThat(Cli.run("lint", "--no-config", "-f", "compact", f.toString()).out()).contains("the API server of 1.36");
  }

  @Test
  void theConfigKeyIsReadAsWrittenAndTheOptionWins(@TempDir Path dir) throws Exception {
    Path f = manifest(dir);
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "kubernetesVersion: 1.30\n"); // unquoted: the number 1.3 to a JSON reader
    Cli fromConfig = Cli.run("lint", "--config", config.toString(), "-f", "compact", f.toString());
    assertThat(fromConfig.err()).isEmpty();
    assertThat(fromConfig.out()).contains("(target: 1.30)");
    assertThat(Cli.run("lint", "--config", config.toString(), "-f", "compact", "--kubernetes-version", "1.27",
        f.toString()).out()).isEmpty();
  }

  @Test
  void malformedAndUnsupportedReleasesAreUsageErrors(@TempDir Path dir) throws Exception {
    Path f = manifest(dir);
    Cli old = Cli.run("lint", "--no-config", "--kubernetes-version", "1.24", f.toString());
    assertThat(old.exitCode()).isEqualTo(2);
    assertThat(old.err().strip()).isEqualTo(
        "podlint: --kubernetes-version: Kubernetes 1.24 is not supported; podlint knows 1.25 to 1.36 (\"1.24\")");
    Cli bad = Cli.run("describe", "--no-config", "--kubernetes-version", "latest", f.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo(
        "podlint: --kubernetes-version: \"latest\" is not a Kubernetes release; use 1.NN, such as 1.36");
    Cli newer = Cli.run("lint", "--no-config", "--kubernetes-version", "1.37", f.toString());
    assertThat(newer.exitCode()).isEqualTo(2);
    assertThat(newer.err()).doesNotContain("Exception");

    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "kubernetesVersion: \"1.99\"\n");
    Cli fromConfig = Cli.run("lint", "--config", config.toString(), f.toString());
    assertThat(fromConfig.exitCode()).isEqualTo(2);
    assertThat(fromConfig.err().strip()).endsWith("c.yaml: kubernetesVersion: Kubernetes 1.99 is not supported;"
        + " podlint knows 1.25 to 1.36 (\"1.99\")").doesNotContain("\n");
    Files.writeString(config, "kubernetesVersion: [1.30]\n");
    Cli wrongType = Cli.run("lint", "--config", config.toString(), f.toString());
    assertThat(wrongType.exitCode()).isEqualTo(2);
    assertThat(wrongType.err()).contains("c.yaml:1:1: kubernetesVersion: must be a string or a number, not a list");
  }

  @Test
  void versionAndDescribeNameTheTarget(@TempDir Path dir) throws Exception {
    assertThat(Cli.run("--version").out()).contains("Kubernetes 1.36 by default (--kubernetes-version: 1.25 to 1.36)");
    Path f = dir.resolve("pod.yaml");
    Files.writeString(f, "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: nginx:1.27}]\n");
    assertThat(Cli.run("describe", "--no-config", "--kubernetes-version", "1.29", f.toString()).out())
        .contains("1 workload described for Kubernetes 1.29:");
    assertThat(Cli.run("describe", "--no-config", "-f", "json", f.toString()).out()).contains("\"kubernetesVersion\" : \"1.36\"");
  }

  @Test
  void describeCallsAWorkloadOfARemovedApiVersionRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("old.yaml");
    Files.writeString(f, """
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: example/job:1.0.0}]
        """);
    Cli r = Cli.run("describe", "--no-config", f.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("admission: REJECTED by the API server")
        .contains("[api-version-removed] 1:13 rejected: the API server of 1.36 does not serve batch/v1beta1 CronJob")
        .contains("1 workload described for Kubernetes 1.36: 1 rejected");
  }
}

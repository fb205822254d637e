package io.podlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server sets a folder up from its config as podlint lint does (policy.LintSetup). */
class WorkspaceSetupTest {
  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: shop}
      spec:
        hostNetwork: true
        containers: [{name: app, image: app:1.0}]
      """;

  @Test
  void theConfigsPodSecurityApplies(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve(".podlint.yaml"), "podSecurity: baseline\n");
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    Workspace w = new Workspace(dir);
    assertThat(w.setupProblem()).isNull();
    assertThat(w.lint(Map.of(pod, POD)).findings()).extracting(Finding::message)
        .anyMatch(m -> m.contains("would violate PodSecurity \"baseline:latest\"")
            && m.contains("warn level from podSecurity in " + config));
  }

  @Test
  void aBadClusterProfileInTheConfigIsShownAndTheDefaultsAreUsed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".podlint.yaml"), "clusterProfile: none.yaml\n");
    Workspace w = new Workspace(dir);
    assertThat(w.setupProblem()).endsWith("none.yaml: cannot read cluster profile: no such file");
    assertThat(w.setup().settings().clusterProfile()).isNull();
  }
}

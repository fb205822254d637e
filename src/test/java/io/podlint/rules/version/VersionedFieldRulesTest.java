package io.podlint.rules.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Finding;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each boundary release of a field, through both rules: the release before it is in the API
 * (error), the releases where its gate is off (warning), the first with the gate on (silent).
 */
class VersionedFieldRulesTest {

  private static final String SIDECAR = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
          - name: proxy
            image: envoyproxy/envoy:v1.30.1
            restartPolicy: Always
        containers:
          - name: app
            image: nginx:1.27
      """;

  private static final String SLEEP = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: d}
      spec:
        selector: {matchLabels: {app: d}}
        template:
          metadata: {labels: {app: d}}
          spec:
            containers:
              - name: app
                image: nginx:1.27
                lifecycle:
                  preStop:
                    sleep: {seconds: 5}
      """;

  private static final String POD_RESOURCES = """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: c}
      spec:
        schedule: "@daily"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                resources: {limits: {memory: 1Gi}}
                containers:
                  - name: app
                    image: nginx:1.27
      """;

  private static final String HOST_USERS = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        hostUsers: false
        containers:
          - name: app
            image: nginx:1.27
      """;

  // SidecarContainers: field in 1.28 (alpha, off), on by default in 1.29 (kube_features.go)
  // PodLifecycleSleepAction: field in 1.29 (alpha, off; no client model), on in 1.30
  // PodLevelResources: field in 1.32 (alpha, off), on in 1.34
  // UserNamespacesSupport: field in 1.25 (alpha, off), beta off in 1.30, on in 1.33
  @ParameterizedTest(name = "{0} on 1.{1}: {2}")
  @CsvSource({
      "SIDECAR, 25, field-newer-than-target, 8",
      "SIDECAR, 27, field-newer-than-target, 8",
      "SIDECAR, 28, field-feature-gate-off, 8",
      "SIDECAR, 29, -, 0",
      "SIDECAR, 36, -, 0",
      "SLEEP, 28, field-newer-than-target, 14",
      "SLEEP, 29, field-feature-gate-off, 14",
      "SLEEP, 30, -, 0",
      "POD_RESOURCES, 31, field-newer-than-target, 11",
      "POD_RESOURCES, 32, field-feature-gate-off, 11",
      "POD_RESOURCES, 33, field-feature-gate-off, 11",
      "POD_RESOURCES, 34, -, 0",
      "HOST_USERS, 25, field-feature-gate-off, 5",
      "HOST_USERS, 32, field-feature-gate-off, 5",
      "HOST_USERS, 33, -, 0",
  })
  void boundaries(String manifest, int minor, String rule, int line) {
    String yaml = switch (manifest) {
      case "SIDECAR" -> SIDECAR;
      case "SLEEP" -> SLEEP;
      case "POD_RESOURCES" -> POD_RESOURCES;
      default -> HOST_USERS;
    };
    List<Finding> findings = lint(yaml, minor);
    if (rule.equals("-")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).extracting(Finding::ruleId, Finding::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, line));
      assertThat(findings.get(0).message()).contains("Kubernetes 1." + minor);
    }
  }

  @org.junit.jupiter.api.Test
  void theMessageSaysWhatThePodDoesWithoutTheField() {
    Finding f = lint(SIDECAR, 27).get(0);
    assertThat(f.message()).startsWith("spec.initContainers[0].restartPolicy is not in the Kubernetes 1.27 API"
        + " (it first appears in 1.28)").contains("Init:0/N forever");
    assertThat(f.column()).isEqualTo(7);
    Finding sleep = lint(SLEEP, 28).get(0);
    assertThat(sleep.message()).contains("(it first appears in 1.29)");
    Finding gate = lint(HOST_USERS, 27).get(0);
    assertThat(gate.message()).contains("needs the UserNamespacesStatelessPodsSupport feature gate, which is off by"
        + " default in Kubernetes 1.27 (on from 1.33)").contains("root on the node");
  }

  private static List<Finding> lint(String yaml, int minor) {
    LintSettings settings = LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(minor));
    Linter linter = new Linter(List.of(Fixtures.policy("field-newer-than-target"), Fixtures.policy("field-feature-gate-off")),
        settings, 1);
    return linter.lint(List.of(SourceFile.ofBytes("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)))).findings();
  }

  private static final String WORKLOAD_REF = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        workloadRef: {name: w, podGroup: g}
        containers:
          - name: app
            image: nginx:1.27
      """;

  /**
   * PodSpec.workloadRef exists only in 1.35 (client 26.0.0; 27.0.0 has schedulingGroup instead):
   * the bundled 1.36 schema calls it unknown, which is right only for 1.36.
   */
  @ParameterizedTest(name = "workloadRef on 1.{0}: {1}")
  @CsvSource({"34, field-newer-than-target", "35, -", "36, schema-unknown-field"})
  void aFieldRemovedAfterTheTargetIsNotUnknownToIt(int minor, String rule) {
    LintSettings settings = LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(minor));
    Linter linter = new Linter(List.of(Fixtures.policy("field-newer-than-target"), Fixtures.policy("schema-unknown-field")),
        settings, 1);
    List<Finding> findings = linter.lint(List.of(SourceFile.ofBytes("m.yaml",
        WORKLOAD_REF.getBytes(StandardCharsets.UTF_8)))).findings();
    if (rule.equals("-")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).extracting(Finding::ruleId, Finding::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, 5));
    }
  }
}

package io.podlint.rules.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.k8s.ApiVersionLifecycle;
import io.podlint.k8s.ApiVersions;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Finding;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the table through both rules, at the boundary releases of the supported range:
 * the release before the removal (a warning, when it is supported) and the removal release or
 * the oldest supported one (an error), always on the apiVersion line.
 */
class ApiVersionRulesTest {

  static Stream<ApiVersionLifecycle> rows() {
    return ApiVersions.bundled().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void removedAtItsRemovalReleaseAndDeprecatedJustBefore(ApiVersionLifecycle row) {
    int removal = Math.max(row.removedIn().minor(), KubernetesVersion.OLDEST_SUPPORTED.minor());
    List<Finding> atRemoval = lint(row, removal);
    assertThat(atRemoval).extracting(Finding::ruleId, Finding::line, Finding::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("api-version-removed", 2, 13));
    assertThat(atRemoval.get(0).message())
        .startsWith("the API server of 1." + removal + " does not serve " + row.apiVersion() + " " + row.kind())
        .contains(row.replacement() == null ? "nothing replaces it" : "use apiVersion ");
    if (row.removedIn().minor() - 1 >= KubernetesVersion.OLDEST_SUPPORTED.minor()) {
      List<Finding> before = lint(row, row.removedIn().minor() - 1);
      assertThat(before).extracting(Finding::ruleId, Finding::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("api-version-deprecated", 2));
      assertThat(before.get(0).message()).contains("no longer served from " + row.removedIn() + " on");
    }
    assertThat(lint(row, KubernetesVersion.NEWEST_SUPPORTED.minor())).extracting(Finding::ruleId)
        .containsExactly("api-version-removed");
  }

  private static List<Finding> lint(ApiVersionLifecycle row, int minor) {
    String yaml = "# row\napiVersion: " + row.apiVersion() + "\nkind: " + row.kind() + "\nmetadata:\n  name: x\n";
    LintSettings settings = LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(minor));
    Linter linter = new Linter(List.of(Fixtures.policy("api-version-removed"), Fixtures.policy("api-version-deprecated")),
        settings, 1);
    return linter.lint(List.of(SourceFile.ofBytes("row.yaml", yaml.getBytes(StandardCharsets.UTF_8)))).findings();
  }

  @org.junit.jupiter.api.Test
  void aBetaWorkloadWithoutSelectorIsToldThatAppsV1NeedsOne() {
    String yaml = """
        apiVersion: extensions/v1beta1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: example/agent:1.0.0}]
        ---
        apiVersion: apps/v1beta2
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
        """;
    Linter linter = new Linter(List.of(Fixtures.policy("api-version-removed")), LintSettings.defaults(), 1);
    List<Finding> findings = linter.lint(List.of(SourceFile.ofBytes("w.yaml", yaml.getBytes(StandardCharsets.UTF_8))))
        .findings();
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).message()).endsWith("; this manifest has no spec.selector: add one that matches"
        + " spec.template.metadata.labels");
    assertThat(findings.get(1).message()).doesNotContain("this manifest has no spec.selector");
  }
}

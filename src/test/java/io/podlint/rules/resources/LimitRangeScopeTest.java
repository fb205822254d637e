package io.podlint.rules.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A LimitRange supplies defaults only to workloads of its namespace that are deployed with it:
 * in its folder, above or below it; one of an unrelated folder sharing the {@code default}
 * namespace is another app's. What it supplies follows the LimitRanger admission plugin
 * (plugin/pkg/admission/limitranger/admission.go: defaultContainerResourceRequirements).
 */
class LimitRangeScopeTest {
  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: web
                image: web:1.0
      """;
  private static final String LIMIT_RANGE = """
      apiVersion: v1
      kind: LimitRange
      metadata: {name: defaults}
      spec:
        limits:
          - type: Container
            defaultRequest: {cpu: 100m, memory: 128Mi}
      """;

  private static List<String> findings(String limitRangeFile) {
    Linter linter = new Linter(List.of(Fixtures.policy("resources-requests-missing")), LintSettings.defaults(), 1);
    return linter.lint(List.of(
            SourceFile.ofBytes("repo/apps/web/deploy.yaml", DEPLOYMENT.getBytes(StandardCharsets.UTF_8)),
            SourceFile.ofBytes(limitRangeFile, LIMIT_RANGE.getBytes(StandardCharsets.UTF_8))))
        .findings().stream().map(Finding::file).toList();
  }

  @Test
  void aLimitRangeOfTheWorkloadsFolderAboveOrBelowItSuppliesItsDefaults() {
    assertThat(findings("repo/apps/web/limits.yaml")).isEmpty();
    assertThat(findings("repo/limits.yaml")).isEmpty();
    assertThat(findings("repo/apps/web/namespace/limits.yaml")).isEmpty();
  }

  @Test
  void aLimitRangeOfAnUnrelatedFolderDoesNot() {
    assertThat(findings("repo/apps/api/limits.yaml")).containsExactly("repo/apps/web/deploy.yaml");
    assertThat(findings("other/limits.yaml")).containsExactly("repo/apps/web/deploy.yaml");
  }
}

package io.podlint.rules.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wiring rules judge a Service against the workloads of its folder tree only (its folder, those
 * below and above it): a repository of separate examples or apps shares the default namespace and
 * its labels (app: web) without deploying them together. One fixture file cannot show this, so
 * the files are placed in folders here.
 */
class FolderTreeTest {
  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata: {name: web}
      spec:
        selector: {app: web}
        ports: [{port: 80, targetPort: http}]
      """;
  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: %s}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: web, image: %s, ports: [{containerPort: 80}]}]
      """;

  private static List<String> findings(String rule, String... sourceAndYaml) {
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < sourceAndYaml.length; i += 2) {
      files.add(SourceFile.ofBytes(sourceAndYaml[i], sourceAndYaml[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    LintResult r = new Linter(List.of(Fixtures.policy(rule)), LintSettings.defaults(), 1).lint(files);
    return r.findings().stream().map(f -> f.file() + ":" + f.line()).toList();
  }

  @Test
  void aNamedTargetPortIsCheckedAgainstTheWorkloadsOfTheServicesTree() {
    String deployment = DEPLOYMENT.formatted("web", "registry.example.com/web:1.0");
    // Same folder, below it, above it: the Pods lack a port named "http".
    for (String where : List.of("app/deploy.yaml", "app/base/deploy.yaml", "deploy.yaml")) {
      assertThat(findings("service-target-port-unknown", "app/svc.yaml", SERVICE, where, deployment))
          .as(where).containsExactly("app/svc.yaml:6");
    }
    // Another app's folder: not the Service's Pods.
    assertThat(findings("service-target-port-unknown", "app/svc.yaml", SERVICE, "other-app/deploy.yaml", deployment))
        .isEmpty();
  }

  @Test
  void unrelatedWorkloadsAreThoseOfTheServicesTree() {
    String web = DEPLOYMENT.formatted("web", "registry.example.com/web:1.0");
    String cache = DEPLOYMENT.formatted("cache", "redis:7.2");
    assertThat(findings("service-selects-unrelated-workloads", "app/svc.yaml", SERVICE, "app/web.yaml", web,
        "app/cache.yaml", cache)).containsExactly("app/svc.yaml:5");
    assertThat(findings("service-selects-unrelated-workloads", "app/svc.yaml", SERVICE, "app/web.yaml", web,
        "examples/cache.yaml", cache)).isEmpty();
    // Versions of one app (reviews-v1, reviews-v2) whose images differ by name.
    assertThat(findings("service-selects-unrelated-workloads", "app/svc.yaml", SERVICE,
        "app/v1.yaml", DEPLOYMENT.formatted("web-v1", "registry.example.com/web-v1:1.0"),
        "app/v2.yaml", DEPLOYMENT.formatted("web-v2", "registry.example.com/web-v2:1.0"))).isEmpty();
  }

  @Test
  void readinessCountsOnlyServicesOfTheWorkloadsTree() {
    String portless = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: registry.example.com/web:1.0}]
        """;
    String service = SERVICE.replace("targetPort: http", "targetPort: 8080");
    assertThat(findings("readiness-probe-missing", "app/deploy.yaml", portless, "app/svc.yaml", service))
        .containsExactly("app/deploy.yaml:9");
    assertThat(findings("readiness-probe-missing", "app/deploy.yaml", portless, "other/svc.yaml", service)).isEmpty();
  }

}

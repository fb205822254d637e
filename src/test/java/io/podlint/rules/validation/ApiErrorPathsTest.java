package io.podlint.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Finding;
import io.podlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API server names fields by their path in the object being created
 * ({@code field.Path.String()}), so one mistake reads differently in a Pod, a Deployment and a
 * CronJob; and a StatefulSet template's pod-spec errors carry the StatefulSet consequence.
 */
class ApiErrorPathsTest {
  @TempDir
  Path dir;

  private List<Finding> lint(String rule, String yaml) throws IOException {
    Path file = dir.resolve("m.yaml");
    Files.writeString(file, yaml);
    return Fixtures.run(file, Fixtures.policy(rule)).findings();
  }

  private static final String CONTAINERS = """
      containers:
        - name: app
          image: app:1
          ports: [{name: metrics-endpoint, containerPort: 9090}]
      """;

  private static String indent(String s, int n) {
    return s.indent(n).stripTrailing();
  }

  @Test
  void podPath() throws IOException {
    List<Finding> f = lint("container-port-invalid", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
        + indent(CONTAINERS, 2) + "\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("spec.containers[0].ports[0].name: Invalid value: \"metrics-endpoint\": "
          + "must be no more than 15 characters; the Pod is not created.");
      assertThat(x.line()).isEqualTo(8);
      assertThat(x.consequence()).startsWith("Rejected by the API server (422 Invalid)");
    });
  }

  @Test
  void cronJobPathStartsAtTheJobTemplate() throws IOException {
    List<Finding> f = lint("container-port-invalid", """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
        """ + indent(CONTAINERS, 10) + "\n");
    assertThat(f).singleElement().extracting(Finding::message).asString()
        .startsWith("spec.jobTemplate.spec.template.spec.containers[0].ports[0].name: Invalid value: ")
        .contains("the CronJob is not created");
  }

  @Test
  void statefulSetTemplatesCarryTheirOwnConsequence() throws IOException {
    List<Finding> f = lint("container-port-invalid", """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
        """ + indent(CONTAINERS, 6) + "\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("spec.template.spec.containers[0].ports[0].name: ")
          .contains("older ones accept it and its Pods fail to be created");
      assertThat(x.consequence()).contains("FailedCreate");
    });
  }

  @Test
  void labelErrorsNameTheMapAndSitOnTheKey() throws IOException {
    List<Finding> f = lint("label-invalid", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          labels:
            "app.kubernetes.io/name ": web
        """);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("metadata.labels: Invalid value: \"app.kubernetes.io/name \": name part ");
      assertThat(x.line()).isEqualTo(6);
      assertThat(x.column()).isEqualTo(5);
    });
  }

  @Test
  void shareProcessNamespaceIsNamedWhereTheInternalApiKeepsIt() throws IOException {
    // validatePodSpecSecurityContext runs on the internal PodSecurityContext, which holds hostPID
    // and shareProcessNamespace, so the API server prints spec.securityContext.shareProcessNamespace
    List<Finding> f = lint("security-context-invalid", """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostPID: true
          shareProcessNamespace: true
          containers: [{name: app, image: app:1}]
        """);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("spec.securityContext.shareProcessNamespace: Invalid value: true: "
          + "ShareProcessNamespace and HostPID cannot both be enabled; the Pod is not created.");
      assertThat(x.line()).isEqualTo(6);
    });
  }

  @Test
  void subscriptKeyErrorsNameTheFieldRefAndTheLowerCasedKey() throws IOException {
    // validateObjectFieldSelector: ValidateQualifiedName(strings.ToLower(subscript), fldPath)
    List<Finding> f = lint("downward-api-invalid", """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - name: OWNER
                  valueFrom:
                    fieldRef: {fieldPath: "metadata.annotations['Owner Name']"}
        """);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("spec.containers[0].env[0].valueFrom.fieldRef: Invalid value: "
          + "\"owner name\": name part must consist of alphanumeric characters");
      assertThat(x.line()).isEqualTo(11);
    });
  }
}

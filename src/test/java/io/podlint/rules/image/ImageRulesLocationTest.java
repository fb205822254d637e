package io.podlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings point at the offending value (fixtures only assert lines), and messages carry the facts. */
class ImageRulesLocationTest {

  private static final String MANIFEST = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image:   "nginx:latest "
              - name: api
                image: myorg/MyApi:1.0
                imagePullPolicy:    always
              - name: worker
                image: registry.example.com/worker:main
            ephemeralContainers:
              - name: debug
                image: busybox
      """;

  private static List<Finding> lint(String policyId) {
    BoundPolicy policy = Fixtures.policy(policyId);
    return new Linter(List.of(policy), LintSettings.defaults(), 1)
        .lint(List.of(SourceFile.ofBytes("m.yaml", MANIFEST.getBytes(StandardCharsets.UTF_8)))).findings();
  }

  @Test
  void whitespaceFindingPointsAtTheQuotedValueAndSaysTemplatePodsAreRejected() {
    Finding f = lint("image-whitespace").get(0);
    assertThat(f.line()).isEqualTo(14);
    assertThat(f.column()).isEqualTo(20);
    assertThat(f.path()).isEqualTo("spec.template.spec.containers[0].image");
    assertThat(f.container()).isEqualTo("web");
    assertThat(f.message()).contains("Deployment is accepted", "every Pod created from it is rejected", "write \"nginx:latest\"");
    assertThat(f.consequence()).contains("REJECT-CTRL");
  }

  @Test
  void otherRulesJudgeTheTrimmedImage() {
    Finding f = lint("image-tag-missing-or-latest").get(0);
    assertThat(f.line()).isEqualTo(14);
    assertThat(f.column()).isEqualTo(20);
    assertThat(f.message()).contains("imagePullPolicy is not set: it defaults to Always because the tag is latest");
  }

  @Test
  void uppercaseFindingPointsAtTheImageAndGivesTheLowercaseSpelling() {
    Finding f = lint("image-uppercase").get(0);
    assertThat(f.line()).isEqualTo(16);
    assertThat(f.column()).isEqualTo(18);
    assertThat(f.message()).contains("InvalidImageName", "use \"myorg/myapi:1.0\"");
  }

  @Test
  void pullPolicyFindingPointsAtThePolicyValue() {
    Finding f = lint("image-pull-policy-invalid").get(0);
    assertThat(f.line()).isEqualTo(17);
    assertThat(f.column()).isEqualTo(31);
    assertThat(f.message()).contains("did you mean \"Always\"?");
  }

  @Test
  void mutableTagFindingShowsTheDefaultPolicy() {
    Finding f = lint("image-pull-policy-mutable").get(0);
    assertThat(f.line()).isEqualTo(19);
    assertThat(f.column()).isEqualTo(18);
    assertThat(f.message()).contains("imagePullPolicy is not set: it defaults to IfNotPresent because the tag \"main\" is not latest");
  }

  @Test
  void ephemeralContainersAreCheckedToo() {
    assertThat(lint("image-tag-missing-or-latest")).extracting(Finding::line, Finding::container)
        .contains(org.assertj.core.groups.Tuple.tuple(22, "debug"));
  }
}

package io.podlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Finding;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * rollout-without-readiness is subsumedBy readiness-probe-missing: one cause (a serving container
 * without a readiness probe), one finding, whichever rules are enabled or suppressed.
 */
class SubsumptionTest {
  private static final String WEB = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations: {ANNOTATION}
      spec:
        strategy: {type: RollingUpdate}
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: web
                image: nginx:1.27
                ports: [{containerPort: 80}]
      """;

  private static LintResult lint(String annotation, String... rules) {
    List<BoundPolicy> policies = new ArrayList<>();
    for (String id : rules) {
      policies.add(Fixtures.policy(id));
    }
    policies.add(Fixtures.policy("suppression-unused"));
    Linter linter = new Linter(policies, LintSettings.defaults(), 1,
        Fixtures.builtIns().all().stream().map(BoundPolicy::id).collect(java.util.stream.Collectors.toSet()));
    String text = WEB.replace("{ANNOTATION}", annotation);
    return linter.lint(List.of(SourceFile.ofBytes("web.yaml", text.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<String> ids(LintResult r) {
    return r.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void bothFireOnTheSameContainer_oneFindingThatSaysItCoversTheOther() {
    LintResult r = lint("{}", "readiness-probe-missing", "rollout-without-readiness");
    assertThat(ids(r)).containsExactly("readiness-probe-missing");
    assertThat(r.findings().get(0).message())
        .endsWith("(this also covers rollout-without-readiness: a rolling update replaces serving Pods that have no "
            + "readiness probe)");
  }

  @Test
  void withTheSubsumingRuleDisabledTheOtherReportsAsUsual() {
    assertThat(ids(lint("{}", "rollout-without-readiness"))).containsExactly("rollout-without-readiness");
    assertThat(ids(lint("{}", "readiness-probe-missing"))).containsExactly("readiness-probe-missing");
    assertThat(lint("{}", "readiness-probe-missing").findings().get(0).message()).doesNotContain("also covers");
  }

  @Test
  void suppressingTheRemainingFindingDoesNotBringTheOtherBack() {
    LintResult r = lint("{ignore.podlint.io/readiness-probe-missing: \"the mesh gates traffic\"}",
        "readiness-probe-missing", "rollout-without-readiness");
    assertThat(ids(r)).isEmpty();
    assertThat(r.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("readiness-probe-missing");
  }

  @Test
  void aSuppressionOfTheSubsumedRuleStillCountsAsUsed() {
    LintResult r = lint("{ignore.podlint.io/rollout-without-readiness: \"maxUnavailable 0 and a slow start\"}",
        "readiness-probe-missing", "rollout-without-readiness");
    assertThat(ids(r)).containsExactly("readiness-probe-missing"); // no suppression-unused
    assertThat(Stream.of(r.suppressed().toArray()).count()).isEqualTo(1);
  }
}

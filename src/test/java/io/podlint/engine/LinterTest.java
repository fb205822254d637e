package io.podlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Workload;
import io.podlint.parse.ScalarPositions;
import io.podlint.parse.YamlNode;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Policy;
import io.podlint.rules.CheckContext;
import io.podlint.rules.LintSettings;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static final String JOB = """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
      spec:
        template:
          spec:
            containers:
              - name: a
                image: b:1
                resources:
                  requests: {cpu: 100m, memory: 64Mi, ephemeral-storage: 1Gi}
                  limits: {cpu: 100m, memory: 64Mi, ephemeral-storage: 1Gi}
      """;

  private static SourceFile file(String name, String text) {
    return SourceFile.ofBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static BoundPolicy throwing() {
    WorkloadCheck<NoParams> boom = new WorkloadCheck<>() {
      @Override
      public String id() {
        return "boom";
      }

      @Override
      public Class<NoParams> paramsType() {
        return NoParams.class;
      }

      @Override
      public void checkWorkload(Workload w, NoParams p, CheckContext ctx) {
        if ("bad".equals(w.document().name())) {
          throw new IllegalStateException("bug");
        }
      }
    };
    Policy base = Fixtures.policy("bare-pod").policy();
    return BoundPolicy.of(base, boom, new NoParams(), Set.of());
  }

  @Test
  void aCrashingCheckIsAnInternalErrorAndOtherFilesAreStillLinted() {
    List<BoundPolicy> policies = List.of(throwing(), Fixtures.policy("restart-policy-job"));
    LintResult r = new Linter(policies, LintSettings.defaults(), 2).lint(List.of(
        file("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: bad}\nspec: {containers: []}\n"),
        file("b.yaml", JOB)));
    assertThat(r.internalErrors()).singleElement().asString()
        .startsWith("a.yaml: internal error in policy bare-pod on Pod/bad: java.lang.IllegalStateException: bug");
    assertThat(r.findings()).extracting(f -> f.file() + ":" + f.ruleId()).containsExactly("b.yaml:restart-policy-job");
  }

  @Test
  void outputOrderDoesNotDependOnThreads() {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(file("f" + (char) ('a' + i % 26) + i + ".yaml", JOB + "---\n" + JOB));
    }
    List<BoundPolicy> all = Fixtures.builtIns().all();
    LintResult one = new Linter(all, LintSettings.defaults(), 1).lint(files);
    LintResult many = new Linter(all, LintSettings.defaults(), 4).lint(files);
    assertThat(many.findings()).isEqualTo(one.findings());
    assertThat(one.findings().stream().filter(f -> f.ruleId().equals("restart-policy-job"))).hasSize(80);
  }

  @Test
  void aSuppressionCommentListsItsRulesInTheOrderWritten() {
    String yaml = JOB.replaceFirst("spec:\n", "spec:  # podlint-ignore: restart-policy-job, bare-pod, image-tag-missing-or-latest\n");
    LintResult r = new Linter(Fixtures.builtIns().all(), LintSettings.defaults(), 1).lint(List.of(file("s.yaml", yaml)));
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("suppression-without-reason")).singleElement()
        .extracting(f -> f.message()).asString()
        .contains("for restart-policy-job, bare-pod, image-tag-missing-or-latest gives no reason");
  }

  @Test
  void unreadableAndSpecialFilesAreInputErrors() {
    LintResult r = new Linter(Fixtures.builtIns().all(), LintSettings.defaults(), 1).lint(List.of(
        SourceFile.of("missing.yaml", Path.of("no/such/file.yaml")),
        SourceFile.of("folder", Path.of("testdata")),
        file("ok.yaml", JOB)));
    assertThat(r.inputErrors()).containsExactly("missing.yaml: cannot read: no such file",
        "folder: cannot read: is a folder");
    assertThat(r.findings()).extracting(f -> f.file()).containsOnly("ok.yaml");
  }

  @Test
  void customKindsAreLintedThroughTheirTemplatePath() {
    // Rollout is built in since podlint knows Argo Rollouts; Workflow stands for any other CRD.
    String rollout = """
        apiVersion: example.com/v1
        kind: Workflow
        metadata: {name: r}
        spec:
          template:
            spec:
              restartPolicy: always
              containers: [{name: a, image: b:1}]
        """;
    LintSettings settings = new LintSettings(false, Map.of("Workflow", "spec.template"));
    LintResult r = new Linter(List.of(Fixtures.policy("restart-policy-invalid")), settings, 1)
        .lint(List.of(file("r.yaml", rollout)));
    assertThat(r.findings()).extracting(f -> f.line() + ":" + f.ruleId()).containsExactly("7:restart-policy-invalid");
    LintResult ignored = new Linter(List.of(Fixtures.policy("restart-policy-invalid")), LintSettings.defaults(), 1)
        .lint(List.of(file("r.yaml", rollout)));
    assertThat(ignored.findings()).isEmpty();
  }

  @Test
  void aCheckCanReportAtAnExactLocationInsideAValue() {
    WorkloadCheck<NoParams> inside = new WorkloadCheck<>() {
      @Override
      public String id() {
        return "inside";
      }

      @Override
      public Class<NoParams> paramsType() {
        return NoParams.class;
      }

      @Override
      public void checkWorkload(Workload w, NoParams p, CheckContext ctx) {
        YamlNode value = w.podMetadata().at("annotations.note");
        ctx.report(value, ScalarPositions.locate(value, value.text().indexOf("here")), null, "found");
      }
    };
    BoundPolicy policy = BoundPolicy.of(Fixtures.policy("bare-pod").policy(), inside, new NoParams(), Set.of());
    LintResult r = new Linter(List.of(policy), LintSettings.defaults(), 1).lint(List.of(file("p.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    note: |\n      first\n      then here\n")));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.line() + ":" + f.column()).isEqualTo("8:12");
      assertThat(f.path()).isEqualTo("metadata.annotations.note");
    });
  }
}

package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.model.ResourceRef;
import io.podlint.model.Severity;
import io.podlint.parse.Document;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptionTest {
  private static final String TWO_PODS = """
      apiVersion: v1
      kind: Pod
      metadata: {name: same}
      spec: {containers: [{name: a}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: same}
      spec: {containers: [{name: b}]}
      """;

  private static Finding finding(int line, Severity severity, String consequence) {
    return new Finding("rule", severity, "probes", "message", consequence, "fix", "test.yaml", line, 1,
        new ResourceRef("v1", "Pod", "same", null), null, "spec", null);
  }

  @Test
  void findingsGoToTheObjectTheyPointInto() {
    List<Document> docs = new YamlParser().parse("test.yaml", TWO_PODS).documents();
    assertThat(Description.owner(finding(4, Severity.ERROR, null), docs)).containsSame(docs.get(0));
    assertThat(Description.owner(finding(9, Severity.ERROR, null), docs)).containsSame(docs.get(1));
  }

  @Test
  void errorStagesFollowTheConsequence() {
    assertThat(Notes.stage("Rejected by the API server (422 Invalid): the object is not created.")).isEqualTo("rejected");
    assertThat(Notes.stage("Runtime: CrashLoopBackOff.")).isEqualTo("runtime");
    assertThat(Notes.stage("Silent: accepted, but ...")).isEqualTo("silent");
    assertThat(Notes.stage(null)).isEqualTo("runtime");
  }

  @Test
  void verdictAndErrorsPerWorkload() {
    LintResult lint = Workloads.lint(TWO_PODS);
    LintResult withFindings = lint.with(List.of(finding(9, Severity.ERROR, "Rejected by the API server."),
        finding(4, Severity.WARNING, "Runtime: maybe.")), List.of());
    Description d = Description.of(withFindings,
        List.of(SourceFile.ofBytes("test.yaml", TWO_PODS.getBytes(StandardCharsets.UTF_8))), Map.of(),
        new Describer(Map.of("rule", "A rule")));
    assertThat(d.workloads()).hasSize(2);
    assertThat(d.workloads().get(0).admission().verdict()).isEqualTo("accepted");
    assertThat(d.workloads().get(0).startup().notes()).extracting(PodLifecycle.Note::summary).containsExactly("A rule");
    assertThat(d.workloads().get(1).admission().rejected()).isTrue();
    assertThat(d.hasErrors()).isTrue();
  }
}

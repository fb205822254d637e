package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.report.RuleDocs;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Meta-tests over the built-in policy catalogue. */
class PolicyCatalogTest {

  /** Checks meant for users' own policies; tested with the example policies of testdata/custom-policies. */
  private static final Set<String> FOR_USER_POLICIES = Set.of("json-schema");

  @Test
  void everyCheckIsUsedByAPolicy() {
    Set<String> used = Fixtures.builtIns().all().stream().map(p -> p.policy().check()).collect(Collectors.toSet());
    used.addAll(FOR_USER_POLICIES);
    assertThat(used).containsAll(Checks.ids());
  }

  @Test
  void everyPolicyHasPositiveAndNegativeFixtures() {
    for (var p : Fixtures.builtIns().all()) {
      Path dir = Fixtures.POLICY_FIXTURES.resolve(p.id());
      assertThat(dir.resolve("positive.yaml")).as("positive fixture of " + p.id()).exists();
      assertThat(dir.resolve("negative.yaml")).as("negative fixture of " + p.id()).exists();
    }
  }

  @Test
  void fixtureFoldersBelongToPolicies() throws Exception {
    try (var s = Files.list(Fixtures.POLICY_FIXTURES)) {
      for (Path dir : s.toList()) {
        assertThat(Fixtures.builtIns().get(dir.getFileName().toString())).as("policy for fixtures " + dir).isPresent();
      }
    }
  }

  @Test
  void generatedRuleDocsAreCurrent() throws Exception {
    String expected = RuleDocs.markdown(Fixtures.builtIns().all());
    String actual = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
    assertThat(actual)
        .as("docs/rules.md is stale: regenerate it with `bin/podlint rules --format markdown > docs/rules.md`")
        .isEqualTo(expected);
  }

  /** A kubernetes.io (or other https) page, or upstream code as {@code owner/repo path: function[, function] [(note)]}. */
  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
      "https://\\S+|[\\w.-]+/[\\w.-]+ [\\w./-]+\\.\\w+: [A-Za-z_][\\w.()]*(, [A-Za-z_][\\w.()]*)*( \\(.+\\))?");

  @Test
  void everyBuiltInPolicyCitesSourcesAndNoReference() {
    for (var b : Fixtures.builtIns().all()) {
      Policy p = b.policy();
      assertThat(p.reference()).as("deprecated reference of " + p.id()).isNull();
      assertThat(p.sources()).as("sources of " + p.id()).isNotEmpty()
          .allSatisfy(src -> assertThat(src).as("a source of " + p.id()).matches(SOURCE));
    }
  }

  @Test
  void noUserVisibleTextMentionsTheTeamNotes() {
    String docs = RuleDocs.markdown(Fixtures.builtIns().all());
    assertThat(docs).doesNotContainIgnoringCase("domain reference").doesNotContainIgnoringCase("domain notes");
    for (var b : Fixtures.builtIns().all()) {
      Policy p = b.policy();
      assertThat(String.join(" ", p.summary(), p.description(), p.consequence(), p.remediation()))
          .as(p.id()).doesNotContainIgnoringCase("domain reference");
    }
  }

  @Test
  void aCustomPolicyMayStillUseTheDeprecatedReference() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("custom/old-style.yaml", """
        id: old-style
        category: custom
        severity: warning
        summary: A summary long enough
        description: A description that is long enough to pass.
        consequence: "Silent: something happens."
        remediation: Do something.
        reference: "7 Our runbook, section on probes"
        check: bare-pod
        """.getBytes(StandardCharsets.UTF_8));
    var policy = new PolicyLoader().load(files).get("old-style").orElseThrow();
    assertThat(policy.policy().sources()).isEmpty();
    assertThat(RuleDocs.section(policy)).contains("- **Reference:** 7 Our runbook, section on probes")
        .doesNotContain("domain");
  }

  @Test
  void brokenPolicyIsReportedWithFileAndLine() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("custom/bad-one.yaml", """
        id: bad-one
        category: probes
        severity: critical
        summary: A summary long enough
        description: A description that is long enough to pass.
        consequence: Something happens.
        remediation: Do something.
        reference: "2.1 Shape"
        check: bare-pod
        """.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new PolicyLoader().load(files))
        .isInstanceOf(PolicyException.class)
        .satisfies(e -> assertThat(((PolicyException) e).problems())
            .singleElement().asString().startsWith("custom/bad-one.yaml:3:11: ").contains("severity"));
  }

  @Test
  void unknownCheckAndBadParamsAreReported() {
    Map<String, byte[]> files = new TreeMap<>();
    String common = """
        category: restart-policy
        severity: error
        summary: A summary long enough
        description: A description that is long enough to pass.
        consequence: Something happens.
        remediation: Do something.
        reference: "1.3 Container-level restartPolicy"
        """;
    files.put("p/no-check.yaml", ("id: no-check\n" + common + "check: does-not-exist\n").getBytes(StandardCharsets.UTF_8));
    files.put("p/bad-params.yaml", ("id: bad-params\n" + common
        + "check: container-restart-policy\nparams:\n  containerRestartRule: true\n").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new PolicyLoader().load(files))
        .isInstanceOf(PolicyException.class)
        .satisfies(e -> {
          List<String> problems = ((PolicyException) e).problems();
          assertThat(problems).hasSize(2);
          assertThat(problems.get(0)).startsWith("p/bad-params.yaml:11:3: bad params").contains("containerRestartRule");
          assertThat(problems.get(1)).startsWith("p/no-check.yaml:9:8: unknown check \"does-not-exist\"");
        });
  }
}

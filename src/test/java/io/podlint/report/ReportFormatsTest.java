package io.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.model.Finding;
import io.podlint.model.RenderedLocation;
import io.podlint.model.ResourceRef;
import io.podlint.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The exact output of each line-oriented and XML format on a small input, escaping included. */
class ReportFormatsTest {
  private static final String BAD = "my dir/bad job.yaml";
  private static final String TRICKY = "100% sure, a: b & <c> \"d\" 'e'\nsecond line\r";

  private static final Finding JOB = new Finding("restart-policy-job", Severity.ERROR, "restart-policy",
      "the Job sets no restartPolicy", "Rejected by the API server.", "Set restartPolicy to Never.", BAD, 7, 5,
      new ResourceRef("batch/v1", "Job", "migrate", null), null, "spec.template.spec", null);
  private static final Finding PROBE = new Finding("probe-port-undeclared", Severity.WARNING, "probes", TRICKY,
      null, null, BAD, 12, 9, null, "web", "", null);
  private static final Finding POD = new Finding("bare-pod", Severity.INFO, "restart-policy", "a bare Pod",
      "", "Use a Deployment.", "notes.yaml", 3, 1, null, null, "", null);

  private static String render(Format format, LintResult result) throws Exception {
    StringWriter out = new StringWriter();
    format.reporter().write(result, new ReportContext(List.of(), "1.2.3", false, Path.of("").toAbsolutePath()), out);
    return out.toString();
  }

  private static LintResult result(List<String> inputErrors) {
    return new LintResult(List.of(JOB, PROBE, POD), List.of(), inputErrors, List.of(),
        List.of(BAD, "good.yaml", "notes.yaml"), 3, 3, null);
  }

  @Test
  void jsonCarriesTheFixOnlyOfFindingsThatHaveOne() throws Exception {
    Finding fixed = new Finding("image-pull-policy-invalid", Severity.ERROR, "image", "bad case", "", "Fix it.", BAD,
        9, 24, null, "web", "", null, io.podlint.model.Fix.of("write \"Never\"",
            new io.podlint.parse.TextEdit(9, 24, 9, 29, "Never")));
    LintResult r = new LintResult(List.of(fixed, POD), List.of(), List.of(), List.of(), List.of(BAD, "notes.yaml"), 2, 2, null);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(render(Format.JSON, r));
    assertThat(json.at("/findings/0/fix").toString()).isEqualTo("{\"description\":\"write \\\"Never\\\"\","
        + "\"edits\":[{\"startLine\":9,\"startColumn\":24,\"endLine\":9,\"endColumn\":29,\"replacement\":\"Never\"}]}");
    assertThat(json.at("/findings/1").has("fix")).isFalse();
  }

  @Test
  void compactIsOneLinePerFindingAndNothingElse() throws Exception {
    assertThat(render(Format.COMPACT, result(List.of("x.yaml: cannot read: permission denied")))).isEqualTo("""
        my dir/bad job.yaml:7:5: error: the Job sets no restartPolicy [restart-policy-job]
        my dir/bad job.yaml:12:9: warning: 100% sure, a: b & <c> "d" 'e' second line  [probe-port-undeclared]
        notes.yaml:3:1: info: a bare Pod [bare-pod]
        """);
    assertThat(render(Format.COMPACT, new LintResult(List.of(), List.of(), List.of(), List.of(), List.of("a.yaml"),
        1, 1, null))).isEmpty();
  }

  @Test
  void githubWritesEscapedWorkflowCommandsAndNoticesForInfo() throws Exception {
    assertThat(render(Format.GITHUB, result(List.of("x,y.yaml: cannot read: 50% done")))).isEqualTo("""
        ::error file=my dir/bad job.yaml,line=7,col=5,title=restart-policy-job::the Job sets no restartPolicy
        ::warning file=my dir/bad job.yaml,line=12,col=9,title=probe-port-undeclared::100%25 sure, a: b & <c> "d" 'e'%0Asecond line%0D
        ::notice file=notes.yaml,line=3,col=1,title=bare-pod::a bare Pod
        ::error title=podlint::x,y.yaml: cannot read: 50%25 done
        """);
    assertThat(GithubReporter.property("a,b: 100%\n")).isEqualTo("a%2Cb%3A 100%25%0A");
  }

  @Test
  void junitHasASuitePerFileAFailurePerFindingAndAPassingCasePerCleanFile() throws Exception {
    String xml = render(Format.JUNIT, result(List.of()));
    assertThat(xml).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="podlint" tests="4" failures="3" errors="0">
          <testsuite name="my dir/bad job.yaml" tests="2" failures="2" errors="0" skipped="0">
            <testcase name="restart-policy-job 7:5" classname="my dir/bad job.yaml" file="my dir/bad job.yaml" line="7">
              <failure message="the Job sets no restartPolicy" type="error">my dir/bad job.yaml:7:5 error restart-policy-job the Job sets no restartPolicy
        consequence: Rejected by the API server.
        fix: Set restartPolicy to Never.</failure>
            </testcase>
            <testcase name="probe-port-undeclared 12:9" classname="my dir/bad job.yaml" file="my dir/bad job.yaml" line="12">
              <failure message="100% sure, a: b &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;second line&#13;" type="warning">my dir/bad job.yaml:12:9 warning probe-port-undeclared 100% sure, a: b &amp; &lt;c&gt; "d" 'e'
        second line&#13;</failure>
            </testcase>
          </testsuite>
          <testsuite name="good.yaml" tests="1" failures="0" errors="0" skipped="0">
            <testcase name="podlint" classname="good.yaml" file="good.yaml"/>
          </testsuite>
          <testsuite name="notes.yaml" tests="1" failures="1" errors="0" skipped="0">
            <testcase name="bare-pod 3:1" classname="notes.yaml" file="notes.yaml" line="3">
              <failure message="a bare Pod" type="info">notes.yaml:3:1 info bare-pod a bare Pod
        fix: Use a Deployment.</failure>
            </testcase>
          </testsuite>
        </testsuites>
        """);
    Document doc = parse(xml);
    Element failure = (Element) doc.getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("message")).isEqualTo(TRICKY);
    assertThat(failure.getTextContent()).endsWith("second line\r");
  }

  @Test
  void junitReportsUnreadableInputsAsErrors() throws Exception {
    String xml = render(Format.JUNIT, result(List.of("gone.yaml: cannot read: no such file")));
    Document doc = parse(xml);
    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("5");
    assertThat(xml).contains("""
          <testsuite name="podlint inputs" tests="1" failures="0" errors="1" skipped="0">
            <testcase name="gone.yaml: cannot read: no such file" classname="podlint inputs">
              <error message="gone.yaml: cannot read: no such file" type="input"/>
        """);
  }

  @Test
  void checkstyleListsEveryFileWithItsErrors() throws Exception {
    String xml = render(Format.CHECKSTYLE, result(List.of()));
    assertThat(xml).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="my dir/bad job.yaml">
            <error line="7" column="5" severity="error" message="the Job sets no restartPolicy" source="podlint.restart-policy-job"/>
            <error line="12" column="9" severity="warning" message="100% sure, a: b &amp; &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;second line&#13;" source="podlint.probe-port-undeclared"/>
          </file>
          <file name="good.yaml">
          </file>
          <file name="notes.yaml">
            <error line="3" column="1" severity="info" message="a bare Pod" source="podlint.bare-pod"/>
          </file>
        </checkstyle>
        """);
    Element second = (Element) parse(xml).getElementsByTagName("error").item(1);
    assertThat(second.getAttribute("message")).isEqualTo(TRICKY);
  }

  @Test
  void xmlDropsCharactersThatXmlCannotCarry() throws Exception {
    Finding odd = new Finding("bare-pod", Severity.INFO, "c", "bell\u0007 nul\u0000 lone\uD800 pair\uD83D\uDE00",
        null, null, "a.yaml", 1, 1, null, null, "", null);
    LintResult r = new LintResult(List.of(odd), List.of(), List.of(), List.of(), List.of("a.yaml"), 1, 1, null);
    for (Format f : List.of(Format.JUNIT, Format.CHECKSTYLE)) {
      Document doc = parse(render(f, r));
      Element e = (Element) doc.getElementsByTagName(f == Format.JUNIT ? "failure" : "error").item(0);
      assertThat(e.getAttribute("message")).isEqualTo("bell\uFFFD nul\uFFFD lone\uFFFD pair\uD83D\uDE00");
    }
  }

  @Test
  void helmAttributedFindingsListTheirTemplateInsteadOfTheRenderedInput() throws Exception {
    Finding helm = new Finding("bare-pod", Severity.INFO, "c", "a bare Pod", null, null, "shop/templates/pod.yaml",
        4, 3, null, null, "", new RenderedLocation("<stdin>", 40, 3));
    LintResult r = new LintResult(List.of(helm), List.of(), List.of(), List.of(), List.of("<stdin>"), 1, 1, null);
    assertThat(render(Format.CHECKSTYLE, r)).doesNotContain("&lt;stdin&gt;").contains("<file name=\"shop/templates/pod.yaml\">");
    assertThat(render(Format.JUNIT, r)).contains("rendered at: &lt;stdin&gt;:40:3").contains("tests=\"1\" failures=\"1\"");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}

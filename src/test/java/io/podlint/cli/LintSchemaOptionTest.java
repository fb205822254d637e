package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code podlint lint --schema FILE}: custom kinds validated, bad schema files are usage errors. */
class LintSchemaOptionTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void customKindsAreValidatedAgainstTheGivenCrd() {
    Run r = run("lint", "--no-color", "--schema", "testdata/schemas/widget-crd.yaml",
        "testdata/policies/schema-unknown-field/positive-crd.yaml");
    assertThat(r.out()).contains("positive-crd.yaml:9:3 error schema-unknown-field unknown field \"colour\" in spec"
        + " (did you mean \"color\"?)");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void withoutTheSchemaCustomKindsAreSkipped() {
    Run r = run("lint", "--no-color", "testdata/policies/schema-unknown-field/negative-crd.yaml");
    assertThat(r.code()).isZero();
  }

  @Test
  void aFileThatIsNoSchemaIsAUsageError() {
    Run r = run("lint", "--schema", "testdata/policies/schema-unknown-field/negative.yaml",
        "testdata/policies/schema-unknown-field/negative.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("podlint: testdata/policies/schema-unknown-field/negative.yaml:2:1: neither a"
        + " CustomResourceDefinition nor a JSON Schema");
  }
}

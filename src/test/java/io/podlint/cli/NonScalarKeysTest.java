package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.report.Format;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mapping and sequence keys (an unrendered {@code {{ .Values.x }}} is a flow mapping to YAML) in
 * labels, annotations, selectors, nodeSelector, resources, env, volumes, probes and the objects
 * the index reads: every rule, every report format and describe finish without an internal error.
 */
class NonScalarKeysTest {
  private static final String FILE = "testdata/cli/non-scalar-keys.yaml";

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyLintFormat(Format format) {
    Cli r = Cli.run("lint", "--no-config", "--no-color", "-f", format.name().toLowerCase(Locale.ROOT), FILE);
    assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
    assertThat(r.exitCode()).isEqualTo(1); // the schema errors, not exit 3
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void describe(String format) {
    Cli r = Cli.run("describe", "--no-config", "--format", format, FILE);
    assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
    assertThat(r.exitCode()).isEqualTo(1);
    // the nodeSelector key is shown as written, not as null
    assertThat(r.out()).contains("{{ .Values.nodeSelector }}").doesNotContain("null=x");
  }
}

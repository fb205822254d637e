package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import io.podlint.rules.LintSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Test inputs: YAML text to workloads and indexes. */
final class Workloads {
  private Workloads() {}

  /** The first workload of a multi-document YAML text. */
  static Workload first(String yaml) {
    return all(yaml).get(0);
  }

  static List<Workload> all(String yaml) {
    ParsedFile parsed = new YamlParser().parse("test.yaml", yaml);
    assertThat(parsed.problems()).isEmpty();
    return parsed.documents().stream().map(d -> Workload.of(d, Map.of())).flatMap(java.util.Optional::stream).toList();
  }

  /** A Pod with this spec (indented under {@code spec:}). */
  static Workload pod(String spec) {
    return first("apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns}\nspec:\n" + spec.indent(2));
  }

  /** The index of every object of the text. */
  static InputIndex index(String yaml) {
    InputIndex.Builder b = new InputIndex.Builder();
    for (Document d : new YamlParser().parse("test.yaml", yaml).documents()) {
      b.add(d);
    }
    return b.build();
  }

  /** Lints the text with no policy, for its index and findings. */
  static LintResult lint(String yaml) {
    return new Linter(List.of(), LintSettings.defaults(), 1)
        .lint(List.of(SourceFile.ofBytes("test.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
  }
}

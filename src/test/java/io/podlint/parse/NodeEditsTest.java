package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.fix.Edits;
import io.podlint.model.Finding;
import io.podlint.model.Fix;
import io.podlint.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The edits behind fixes: the value written in the scalar's own style, or no edit at all. */
class NodeEditsTest {

  private static YamlNode value(String yaml) {
    return new YamlParser().parse("t.yaml", yaml).documents().get(0).root().get("k");
  }

  private static String applied(String yaml, Optional<TextEdit> edit) {
    Finding f = new Finding("r", Severity.ERROR, "c", "m", "", "", "t.yaml", 1, 1, null, null, "", null,
        edit.map(e -> Fix.of("d", e)).orElse(null));
    return Edits.apply(yaml, List.of(f)).text();
  }

  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of("k: always\n", "Always", "k: Always\n"),
        Arguments.of("k: 'always'\n", "Always", "k: 'Always'\n"),
        Arguments.of("k: \"always\"\n", "Always", "k: \"Always\"\n"),
        // a comment after the value keeps its column when the blanks allow
        Arguments.of("k: ' nginx'   # c\n", "nginx", "k: 'nginx'    # c\n"),
        Arguments.of("k: always # c\n", "IfNotPresent", "k: IfNotPresent # c\n"),
        Arguments.of("k: x\n", "x", "k: x\n"),
        // a plain value that would read differently is double-quoted; quotes are escaped per style
        Arguments.of("k: x\n", "it's", "k: \"it's\"\n"),
        Arguments.of("k: 'x'\n", "it's", "k: 'it''s'\n"),
        Arguments.of("k: x\n", "yes", "k: \"yes\"\n"),
        Arguments.of("k: x\n", "a: b", "k: \"a: b\"\n"),
        Arguments.of("k: \"x\"\n", "a\"b\\c", "k: \"a\\\"b\\\\c\"\n"),
        // a quoted scalar is replaced whole, escapes and all
        Arguments.of("k: \"al\\x77ays\"\n", "Always", "k: \"Always\"\n"),
        // no single-line form to write over, or a tag or anchor the edit could lose: no edit
        Arguments.of("k: |\n  always\n", "Always", "k: |\n  always\n"),
        Arguments.of("k: >-\n  always\n", "Always", "k: >-\n  always\n"),
        Arguments.of("k: x\n", "a\nb", "k: x\n"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("scalars")
  void replaceScalar(String yaml, String value, String expected) {
    assertThat(applied(yaml, NodeEdits.replaceScalar(value(yaml), value))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aRenamedKeyKeepsTheColumnOfTheCommentAfterIt() {
    String yaml = "livenesProbe:      # c\n  x: 1\n";
    YamlNode key = new YamlParser().parse("t.yaml", yaml).documents().get(0).root().entries().get(0).keyNode();
    assertThat(applied(yaml, NodeEdits.replaceScalar(key, "livenessProbe"))).isEqualTo("livenessProbe:     # c\n  x: 1\n");
  }

  static Stream<Arguments> quoted() {
    return Stream.of(
        Arguments.of("k: yes\n", "k: \"yes\"\n"),
        Arguments.of("k: 0755 # m\n", "k: \"0755\" # m\n"),
        Arguments.of("k: 'yes'\n", "k: 'yes'\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quoted")
  void quote(String yaml, String expected) {
    assertThat(applied(yaml, NodeEdits.quote(value(yaml)))).isEqualTo(expected);
  }

  static Stream<Arguments> inside() {
    return Stream.of(
        // the key "interfaceRequest" (with its quotes) inside single-quoted and literal JSON
        Arguments.of("k: '[{\"interfaceRequest\": \"e\"}]'\n", "k: '[{\"interface\": \"e\"}]'\n"),
        Arguments.of("k: |\n  [{\"interfaceRequest\": \"e\"}]\n", "k: |\n  [{\"interface\": \"e\"}]\n"),
        // double-quoted YAML would need the new quotes escaped: no edit
        Arguments.of("k: \"[{\\\"interfaceRequest\\\": 1}]\"\n", "k: \"[{\\\"interfaceRequest\\\": 1}]\"\n"),
        // an escape inside the range: the file does not hold the characters literally
        Arguments.of("k: \"[{'interface\\x52equest': 1}]\"\n", "k: \"[{'interface\\x52equest': 1}]\"\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inside")
  void replaceInside(String yaml, String expected) {
    YamlNode v = value(yaml);
    String key = v.text().contains("'") ? "'interfaceRequest'" : "\"interfaceRequest\"";
    int start = v.text().indexOf(key);
    assertThat(start).isNotNegative();
    Optional<TextEdit> edit = NodeEdits.replaceInside(v, start, start + key.length(),
        key.charAt(0) + "interface" + key.charAt(0));
    assertThat(applied(yaml, edit)).isEqualTo(expected);
  }
}

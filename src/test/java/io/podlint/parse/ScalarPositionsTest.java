package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarPositionsTest {

  /** The value of key {@code v} in a one-document YAML text. */
  private static YamlNode valueOf(String yaml) {
    ParsedFile f = new YamlParser().parse("t.yaml", yaml);
    assertThat(f.problems()).isEmpty();
    return f.documents().get(0).root().at("metadata.v");
  }

  /** Where {@code marker} (unique in the text) starts, 1-based. */
  private static Location where(String yaml, String marker) {
    int i = yaml.indexOf(marker);
    assertThat(i).as("marker %s", marker).isGreaterThanOrEqualTo(0);
    assertThat(yaml.indexOf(marker, i + 1)).as("marker %s is unique", marker).isNegative();
    String before = yaml.substring(0, i);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
    return new Location(line, column);
  }

  private static Location locate(YamlNode v, String inValue) {
    int offset = v.text().indexOf(inValue);
    assertThat(offset).as("%s in value %s", inValue, v.text()).isGreaterThanOrEqualTo(0);
    return ScalarPositions.locate(v, offset);
  }

  @Test
  void plainScalarOnOneLine() {
    String yaml = "kind: X\nmetadata:\n  v: net-a, ns/net-b@if1\n";
    YamlNode v = valueOf(yaml);
    assertThat(locate(v, "ns/")).isEqualTo(where(yaml, "ns/"));
    assertThat(locate(v, "if1")).isEqualTo(where(yaml, "if1"));
  }

  @Test
  void plainScalarFoldedOverLinesMapsEveryWrittenCharacter() {
    String yaml = "kind: X\nmetadata:\n  v: net-a,\n     net-b,\n\n     net-c\n";
    YamlNode v = valueOf(yaml);
    assertThat(v.text()).isEqualTo("net-a, net-b,\nnet-c");
    assertThat(locate(v, "net-b")).isEqualTo(where(yaml, "net-b"));
    assertThat(locate(v, "net-c")).isEqualTo(where(yaml, "net-c"));
    // the space made from the first line break has no source: the scalar's start
    assertThat(ScalarPositions.locate(v, v.text().indexOf(' '))).isEqualTo(v.location());
  }

  @Test
  void singleQuotedWithDoubledQuotes() {
    String yaml = "kind: X\nmetadata:\n  v: '[{\"name\": \"it''s\", \"gateway\": [\"10.0.0.1\"]}]'\n";
    YamlNode v = valueOf(yaml);
    assertThat(locate(v, "\"gateway\"")).isEqualTo(where(yaml, "\"gateway\""));
    assertThat(locate(v, "'")).isEqualTo(where(yaml, "''"));
    assertThat(locate(v, "[{")).isEqualTo(where(yaml, "[{"));
  }

  @Test
  void doubleQuotedWithEscapes() {
    String yaml = "kind: X\nmetadata:\n  v: \"[{\\\"name\\\": \\\"a\\u0062c\\\", \\\"mac\\\": \\\"zz\\\"}]\"\n";
    YamlNode v = valueOf(yaml);
    assertThat(v.text()).isEqualTo("[{\"name\": \"abc\", \"mac\": \"zz\"}]");
    assertThat(locate(v, "\"mac\"")).isEqualTo(where(yaml, "\\\"mac"));
    assertThat(locate(v, "zz")).isEqualTo(where(yaml, "zz"));
    assertThat(locate(v, "bc")).isEqualTo(where(yaml, "\\u0062"));
  }

  @Test
  void doubleQuotedOverLinesWithAnEscapedLineBreak() {
    String yaml = "kind: X\nmetadata:\n  v: \"[{\\\"name\\\": \\\n     \\\"net-a\\\"},\n     {\\\"name\\\": 1}]\"\n";
    YamlNode v = valueOf(yaml);
    assertThat(v.text()).isEqualTo("[{\"name\": \"net-a\"}, {\"name\": 1}]");
    assertThat(locate(v, "net-a")).isEqualTo(where(yaml, "net-a"));
    assertThat(locate(v, "1}")).isEqualTo(where(yaml, "1}"));
  }

  @Test
  void literalBlockScalar() {
    String yaml = "kind: X\nmetadata:\n  v: |  # a comment [\n    [\n      {\"name\": \"a\",\n       \"gw\": [\"10.0.0.1\"]}\n    ]\n";
    YamlNode v = valueOf(yaml);
    assertThat(locate(v, "\"gw\"")).isEqualTo(where(yaml, "\"gw\""));
    assertThat(locate(v, "[\n")).isEqualTo(new Location(4, 5));
    assertThat(locate(v, "]\n")).isEqualTo(new Location(7, 5));
  }

  @Test
  void literalBlockScalarWithCrLfLineBreaks() {
    String yaml = "kind: X\r\nmetadata:\r\n  v: |-\r\n    a\r\n    b@x y\r\n";
    YamlNode v = valueOf(yaml);
    assertThat(v.text()).isEqualTo("a\nb@x y");
    assertThat(locate(v, "x y")).isEqualTo(new Location(5, 7));
  }

  @Test
  void foldedBlockScalar() {
    String yaml = "kind: X\nmetadata:\n  v: >-\n    [{\"name\": \"a\",\n    \"ips\": \"10.1.1.5/24\"}]\n";
    YamlNode v = valueOf(yaml);
    assertThat(v.text()).isEqualTo("[{\"name\": \"a\", \"ips\": \"10.1.1.5/24\"}]");
    assertThat(locate(v, "\"ips\"")).isEqualTo(where(yaml, "\"ips\""));
    assertThat(ScalarPositions.locate(v, v.text().indexOf(", \"ips") + 1)).isEqualTo(v.location());
  }

  @Test
  void supplementaryCharactersCountAsOneColumn() {
    String yaml = "kind: X\nmetadata:\n  v: \"\uD83D\uDE00 x\"\n";
    YamlNode v = valueOf(yaml);
    assertThat(locate(v, "x")).isEqualTo(new Location(3, 9));
  }

  @Test
  void endOfValueAndBadOffsets() {
    String yaml = "kind: X\nmetadata:\n  v: '[{\"name\": '\n";
    YamlNode v = valueOf(yaml);
    int len = v.text().length();
    assertThat(ScalarPositions.locate(v, len)).isEqualTo(new Location(3, 17));
    assertThat(ScalarPositions.locate(v, len + 1)).isEqualTo(v.location());
    assertThat(ScalarPositions.locate(v, -1)).isEqualTo(v.location());
  }

  @Test
  void nodesWithoutSourceTextFallBackToTheirLocation() {
    YamlNode v = valueOf("kind: X\nmetadata:\n  v: abc\n");
    YamlNode detached = YamlNode.root(v.raw());
    assertThat(ScalarPositions.locate(detached, 2)).isEqualTo(v.location());
    YamlNode mapping = new YamlParser().parse("t", "kind: X\nmetadata: {v: 1}\n").documents().get(0).root();
    assertThat(ScalarPositions.locate(mapping.get("metadata"), 0)).isEqualTo(mapping.get("metadata").location());
  }
}

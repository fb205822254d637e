package io.podlint.rules.probes;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnsplitCommandTest {

  private static YamlNode command(String flow) {
    return new YamlParser().parse("t.yaml", "command: " + flow).documents().get(0).root().get("command");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"curl -f localhost\"]", "[\"/app/server --port 8080\", \"-v\"]", "[\"cat\t/tmp/x\"]"})
  void findsAFirstElementWithSpaces(String flow) {
    assertThat(UnsplitCommand.firstElementWithSpaces(command(flow))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[sh, -c, \"curl -f localhost\"]", "[curl]", "[\" curl\"]", "[]", "\"curl -f x\"", "[[a b]]", "[8080]"})
  void ignoresSplitCommandsShellsAndOtherShapes(String flow) {
    assertThat(UnsplitCommand.firstElementWithSpaces(command(flow))).isEmpty();
  }

  @Test
  void suggestsSplittingPlainCommandLines() {
    assertThat(UnsplitCommand.fix(List.of("curl -f http://localhost:8080/healthz"), false))
        .isEqualTo("split it into one element per word: [\"curl\", \"-f\", \"http://localhost:8080/healthz\"], or run it through a shell: [\"sh\", \"-c\", \"curl -f http://localhost:8080/healthz\"]");
    assertThat(UnsplitCommand.fix(List.of("/app/server --port 8080", "-v"), false))
        .startsWith("split it into one element per word: [\"/app/server\", \"--port\", \"8080\", \"-v\"]");
  }

  @Test
  void suggestsOnlyAShellWhenShellSyntaxIsUsed() {
    assertThat(UnsplitCommand.fix(List.of("cat /tmp/ready", "||", "exit 1"), false))
        .isEqualTo("run it through a shell: [\"sh\", \"-c\", \"cat /tmp/ready || exit 1\"]");
    assertThat(UnsplitCommand.fix(List.of("echo \"$HOME\""), true))
        .isEqualTo("run it through a shell: [\"sh\", \"-c\", \"echo \\\"$HOME\\\"\"] (and move args into that string)");
  }
}

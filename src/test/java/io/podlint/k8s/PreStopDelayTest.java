package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreStopDelayTest {

  private static YamlNode yaml(String text) {
    ParsedFile f = new YamlParser().parse("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    return f.documents().get(0).root();
  }

  @Test
  void sleepHandler() {
    assertThat(PreStopDelay.seconds(yaml("sleep: {seconds: 15}"))).hasValue(15);
    assertThat(PreStopDelay.seconds(yaml("sleep: {seconds: 0}"))).hasValue(0);
    assertThat(PreStopDelay.seconds(yaml("sleep: {seconds: -3}"))).isEmpty();
    assertThat(PreStopDelay.seconds(yaml("sleep: {seconds: \"15\"}"))).isEmpty();
  }

  @Test
  void execHandler() {
    assertThat(PreStopDelay.seconds(yaml("exec: {command: [sleep, \"20\"]}"))).hasValue(20);
    assertThat(PreStopDelay.seconds(yaml("exec: {command: [/bin/sh, -c, 'sleep 5; nginx -s quit']}"))).hasValue(5);
    assertThat(PreStopDelay.seconds(yaml("exec: {command: [/bin/sh, -c, {x: 1}]}"))).isEmpty();
    assertThat(PreStopDelay.seconds(yaml("httpGet: {path: /drain, port: 8080}"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '^', quoteCharacter = '~', value = {
      "sleep 5 ^ 5",
      "/bin/sleep 5 ^ 5",
      "/usr/bin/sleep 1m ^ 60",
      "sleep 1m 30s ^ 90",
      "sleep 0.5 ^ 0.5",
      "sleep .5s ^ 0.5",
      "sleep 2h ^ 7200",
      "busybox sleep 7 ^ 7",
      "/bin/sh -c 'sleep 10' ^ 10",
      "sh -ec 'sleep 10 && kill -TERM 1' ^ 10",
      "bash -lc 'sleep 3; sleep 4' ^ 7",
      "/bin/bash -o pipefail -c 'sleep 8' ^ 8",
      "sh -c 'nginx -s quit; sleep 2' ^ 2",
      "sh -c 'exec sleep 9' ^ 9",
      "sh -c 'DELAY=1 sleep 4' ^ 4",
      "sh -c 'sleep 5 > /dev/null 2>&1' ^ 5",
      "sh -c 'sleep \"12\"' ^ 12",
      "sh -c 'sleep 5 # wait for endpoints' ^ 5",
      "sh -c 'sleep 3 || true' ^ 3",
      "sh -c 'sh -c \"sleep 6\"' ^ 6",
  })
  void countsSleepsThatCertainlyRun(String command, double seconds) {
    assertThat(PreStopDelay.ofCommand(split(command))).hasValue(seconds);
  }

  @Test
  void multiLineScript() {
    assertThat(PreStopDelay.ofCommand(List.of("/bin/sh", "-c", "echo draining\nsleep 15\nnginx -s quit\n")))
        .hasValue(15);
  }

  @Test
  void infinity() {
    assertThat(PreStopDelay.ofCommand(List.of("sleep", "infinity"))).hasValue(Double.POSITIVE_INFINITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sleep",
      "sleep five",
      "sleep $DELAY",
      "sleep -5",
      "nginx -s quit",
      "busybox true",
      "sh /drain.sh",
      "sh -c",
      "sh -c 'sleep 5 &'",
      "sh -c 'false || sleep 5'",
      "sh -c 'sleep 5 | cat'",
      "sh -c 'if true; then sleep 5; fi'",
      "sh -c 'while true; do sleep 1; done'",
      "sh -c '(sleep 5)'",
      "sh -c 'sleep $(cat /delay)'",
      "sh -c 'sleep `cat /delay`'",
      "sh -c 'nginx -s quit'",
      "python -c 'import time; time.sleep(5)'",
  })
  void noCertainSleep(String command) {
    assertThat(PreStopDelay.ofCommand(split(command))).isEmpty();
  }

  @Test
  void stopsCountingAtCompoundCommands() {
    assertThat(PreStopDelay.ofScript("sleep 2; if [ -f /x ]; then sleep 50; fi; sleep 100")).hasValue(2);
  }

  @Test
  void emptyCommand() {
    assertThat(PreStopDelay.ofCommand(List.of())).isEmpty();
    assertThat(PreStopDelay.ofScript("")).isEqualTo(OptionalDouble.empty());
  }

  /** Splits a test command line on spaces, keeping single-quoted parts together. */
  private static List<String> split(String commandLine) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    for (char c : commandLine.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (!w.isEmpty()) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(c);
      }
    }
    if (!w.isEmpty()) {
      out.add(w.toString());
    }
    return out;
  }
}

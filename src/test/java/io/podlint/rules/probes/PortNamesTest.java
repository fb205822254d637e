package io.podlint.rules.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PortNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"http", "h", "web-admin-2", "8080-http", "a1", "metrics-port-15"})
  void acceptsIanaServiceNames(String name) {
    assertThat(PortNames.problems(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8080", "HTTP", "Http", "-http", "http-", "web--admin", "metrics-endpoint-port", "my_port", "http port"})
  void rejectsInvalidNames(String name) {
    assertThat(PortNames.isValid(name)).isFalse();
  }

  @Test
  void explainsEveryProblem() {
    assertThat(PortNames.problems("8080")).containsExactly("must contain at least one letter (a-z)");
    assertThat(PortNames.problems("-A-")).hasSize(3);
    assertThat(PortNames.problems("a".repeat(16))).containsExactly("must be no more than 15 characters");
    assertThat(PortNames.problems("a--b")).containsExactly("must not contain consecutive hyphens");
  }

  @Test
  void quotedNumbersAndRanges() {
    assertThat(PortNames.isQuotedNumber("8080")).isTrue();
    assertThat(PortNames.isQuotedNumber("80a")).isFalse();
    assertThat(PortNames.isValidNumber(0)).isFalse();
    assertThat(PortNames.isValidNumber(1)).isTrue();
    assertThat(PortNames.isValidNumber(65535)).isTrue();
    assertThat(PortNames.isValidNumber(65536)).isFalse();
  }
}

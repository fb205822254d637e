package io.podlint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"PATH", "my.env-name", "MY_ENV.NAME", "MyEnvName1", "_1", "-x", ".config", "a..b"})
  void classicNamesPass(String name) {
    assertThat(EnvNames.classicProblem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1ST", "my var", "a:b", "A=B", "ÄPFEL", ".", "..", "..hidden"})
  void classicNamesFail(String name) {
    assertThat(EnvNames.classicProblem(name)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1ST", "my var", "a:b", "{weird}~", " "})
  void relaxedAcceptsPrintableAscii(String name) {
    assertThat(EnvNames.relaxedProblem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A=B", "tab\there", "ÄPFEL", "new\nline"})
  void relaxedRejectsEqualsAndNonPrintable(String name) {
    assertThat(EnvNames.relaxedProblem(name)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"1ST,_1ST", "my var,my_var", "A=B,A_B", "..x,_..x", "ok.name,ok.name"})
  void suggestionsAreClassicValid(String name, String expected) {
    assertThat(EnvNames.suggestion(name)).isEqualTo(expected);
    assertThat(EnvNames.classicProblem(EnvNames.suggestion(name))).isNull();
  }
}

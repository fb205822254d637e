package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class GoYamlScalarsTest {

  @Test
  void yaml11WordsAreBooleansIncludingSingleLetters() {
    for (String t : new String[] {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"}) {
      assertThat(GoYamlScalars.resolve(t)).as(t).isEqualTo(Boolean.TRUE);
    }
    for (String f : new String[] {"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "FALSE"}) {
      assertThat(GoYamlScalars.resolve(f)).as(f).isEqualTo(Boolean.FALSE);
    }
    assertThat(GoYamlScalars.resolve("yEs")).isEqualTo("yEs");
    assertThat(GoYamlScalars.resolve("yesterday")).isEqualTo("yesterday");
  }

  @Test
  void integersFollowGoParseIntWithBaseZero() {
    assertThat(GoYamlScalars.resolve("0755")).isEqualTo(BigInteger.valueOf(493));
    assertThat(GoYamlScalars.resolve("-0755")).isEqualTo(BigInteger.valueOf(-493));
    assertThat(GoYamlScalars.resolve("0o17")).isEqualTo(BigInteger.valueOf(15));
    assertThat(GoYamlScalars.resolve("0x1F")).isEqualTo(BigInteger.valueOf(31));
    assertThat(GoYamlScalars.resolve("0b101")).isEqualTo(BigInteger.valueOf(5));
    assertThat(GoYamlScalars.resolve("1_000")).isEqualTo(BigInteger.valueOf(1000));
    assertThat(GoYamlScalars.resolve("+5")).isEqualTo(BigInteger.valueOf(5));
    assertThat(GoYamlScalars.resolve("0")).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void floatsTimestampsAndBase60() {
    assertThat(GoYamlScalars.resolve("08")).isEqualTo(new BigDecimal("08")); // not octal: a float
    assertThat(GoYamlScalars.resolve("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(GoYamlScalars.resolve(".5")).isEqualTo(new BigDecimal(".5"));
    assertThat(GoYamlScalars.resolve("1.10")).isEqualTo(new BigDecimal("1.10"));
    assertThat(GoYamlScalars.resolve(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(GoYamlScalars.resolve("2024-01-01T00:00:00Z")).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(GoYamlScalars.resolve("1:30")).isEqualTo("1:30"); // go-yaml has no base-60 numbers
    assertThat(GoYamlScalars.resolve("~")).isSameAs(GoYamlScalars.NULL);
    assertThat(GoYamlScalars.resolve("1.2.3")).isEqualTo("1.2.3");
    assertThat(GoYamlScalars.resolve("-")).isEqualTo("-");
  }

  @Test
  void pitfallClassification() {
    assertThat(GoYamlScalars.isWordBoolean("off")).isTrue();
    assertThat(GoYamlScalars.isWordBoolean("true")).isFalse();
    assertThat(GoYamlScalars.isLeadingZeroOctal("0755")).isTrue();
    assertThat(GoYamlScalars.isLeadingZeroOctal("0")).isFalse();
    assertThat(GoYamlScalars.isLeadingZeroOctal("0899")).isFalse();
    assertThat(GoYamlScalars.isBase60("1:30")).isTrue();
    assertThat(GoYamlScalars.isBase60("1:75")).isFalse();
    assertThat(GoYamlScalars.base60Value("22:30:00")).isEqualByComparingTo("81000");
    assertThat(GoYamlScalars.base60Value("-1:30")).isEqualByComparingTo("-90");
  }
}

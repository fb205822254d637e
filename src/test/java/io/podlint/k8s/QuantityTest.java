package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.podlint.k8s.Quantity.ErrorKind;
import io.podlint.k8s.Quantity.Format;
import io.podlint.k8s.Quantity.InvalidQuantityException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  private static final Format DSI = Format.DECIMAL_SI;
  private static final Format BSI = Format.BINARY_SI;
  private static final Format DEX = Format.DECIMAL_EXPONENT;

  private static Arguments q(String input, String value, Format format, String canonical) {
    return Arguments.of(input, value, format, canonical);
  }

  /** Input, exact value, format, canonical form (the API server's {@code String()}). */
  static Stream<Arguments> valid() {
    return Stream.of(
        // zeros
        q("0", "0", DSI, "0"), q("0n", "0", DSI, "0"), q("0u", "0", DSI, "0"), q("0m", "0", DSI, "0"),
        q("0Ki", "0", BSI, "0"), q("0k", "0", DSI, "0"), q("0Mi", "0", BSI, "0"), q("0M", "0", DSI, "0"),
        q("0Gi", "0", BSI, "0"), q("0G", "0", DSI, "0"), q("0Ti", "0", BSI, "0"), q("0T", "0", DSI, "0"),
        q("-0", "0", DSI, "0"), q("000", "0", DSI, "0"),
        // plain numbers and decimal suffixes
        q("1", "1", DSI, "1"), q("9", "9", DSI, "9"), q("5n", "0.000000005", DSI, "5n"),
        q("4u", "0.000004", DSI, "4u"), q("3m", "0.003", DSI, "3m"), q("8k", "8000", DSI, "8k"),
        q("50k", "50000", DSI, "50k"), q("7M", "7000000", DSI, "7M"), q("6G", "6000000000", DSI, "6G"),
        q("5T", "5000000000000", DSI, "5T"), q("40T", "40000000000000", DSI, "40T"),
        q("2P", "2000000000000000", DSI, "2P"), q("1E", "1000000000000000000", DSI, "1E"),
        q("12E", "12000000000000000000", DSI, "12E"),
        // binary suffixes
        q("1Ki", "1024", BSI, "1Ki"), q("8Ki", "8192", BSI, "8Ki"), q("7Mi", "7340032", BSI, "7Mi"),
        q("6Gi", "6442450944", BSI, "6Gi"), q("5Ti", "5497558138880", BSI, "5Ti"),
        q("4Pi", "4503599627370496", BSI, "4Pi"), q("3Ei", "3458764513820540928", BSI, "3Ei"),
        q("100Ti", "109951162777600", BSI, "100Ti"),
        // exponents: 1E is exa, 1E3 and 1e3 are a thousand
        q("1e3", "1000", DEX, "1e3"), q("1E3", "1000", DEX, "1E3"), q("1E-3", "0.001", DEX, "1E-3"),
        q("1E6", "1000000", DEX, "1E6"), q("1e9", "1000000000", DEX, "1e9"), q("1e14", "100000000000000", DEX, "100e12"),
        q("1.2e3", "1200", DEX, "1200"), q("1.3E+6", "1300000", DEX, "1300e3"), q("0.5e0", "0.5", DEX, "500e-3"),
        q("0.5e-1", "0.05", DEX, "50e-3"), q("1000e-3", "1", DEX, "1"),
        // things that look like floating point (YAML numbers are quantities too)
        q("0.001", "0.001", DSI, "1m"), q("0.0005k", "0.5", DSI, "500m"), q("0.5", "0.5", DSI, "500m"),
        q("0.00500", "0.005", DSI, "5m"), q("9.01", "9.01", DSI, "9010m"), q("8.1k", "8100", DSI, "8100"),
        q("7.123456M", "7123456", DSI, "7.123456M"), q("2.5P", "2500000000000000", DSI, "2500T"),
        q("1.01E", "1010000000000000000", DSI, "1010P"), q("1073741824", "1073741824", DSI, "1073741824"),
        // the examples of the domain reference
        q("1.5", "1.5", DSI, "1500m"), q("1.5Gi", "1610612736", BSI, "1536Mi"), q("1024Mi", "1073741824", BSI, "1Gi"),
        q("0.1", "0.1", DSI, "100m"), q("1000m", "1", DSI, "1"), q("1000", "1000", DSI, "1k"),
        q("0.5Ki", "512", BSI, "512"), q("1000M", "1000000000", DSI, "1G"),
        // BinarySI below 1024 or fractional prints as DecimalSI
        q("0.5Mi", "524288", BSI, "512Ki"), q("100.035Ki", "102435.84", BSI, "102435840m"),
        q(".001Ki", "1.024", BSI, "1024m"), q(".000001Ki", "0.001024", DSI, "1024u"),
        q("1536Ki", "1572864", BSI, "1536Ki"),
        // rounding up to nano
        q("3.001n", "0.000000004", DSI, "4n"), q("0.9n", "0.000000001", DSI, "1n"),
        q("1.1E-9", "0.000000002", DEX, "2e-9"), q("0.0000000001", "0.000000001", DSI, "1n"),
        q("0.00000012345", "0.000000124", DSI, "124n"), q("-0.9n", "-0.000000001", DSI, "-1n"),
        q(".000000000001Ki", "0.000000002", DSI, "2n"),
        // BinarySI saturates at 2^63-1
        q("9Ei", "9223372036854775807", BSI, "9223372036854775807"),
        q("9223372036854775807Ki", "9223372036854775807", BSI, "9223372036854775807"),
        // past E there is no SI suffix: exponent notation
        q("1000E", "1000000000000000000000", DSI, "1e21"),
        // more than 18 digits take the arbitrary-precision path
        q("12345678901234567890", "12345678901234567890", DSI, "12345678901234567890"),
        // signs
        q("-1", "-1", DSI, "-1"), q("-1.5Gi", "-1610612736", BSI, "-1536Mi"), q("-100m", "-0.1", DSI, "-100m"),
        q("+1.5", "1.5", DSI, "1500m"),
        // already-canonical input is echoed unchanged by the API server, quirks included
        q("+1", "1", DSI, "+1"), q("01", "1", DSI, "01"), q("100.035k", "100035", DSI, "100.035k"),
        q("1.", "1", DSI, "1."), q("1.G", "1000000000", DSI, "1.G"), q(".5", "0.5", DSI, "500m"),
        // degenerate zeros the API server's scanner accepts
        q(".", "0", DSI, "0"), q("+", "0", DSI, "0"), q("-", "0", DSI, "0"), q("-.", "0", DSI, "0"),
        q("m", "0", DSI, "0"), q("Ki", "0", BSI, "0"), q("e5", "0", DEX, "0"));
  }

  @ParameterizedTest(name = "{0} = {1} {2}, canonical {3}")
  @MethodSource("valid")
  void parsesExactly(String input, String value, Format format, String canonical) {
    Quantity q = Quantity.parse(input);
    assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(q.format()).isEqualTo(format);
    assertThat(q.canonical()).isEqualTo(canonical);
    assertThat(q.original()).isEqualTo(input);
  }

  @ParameterizedTest(name = "canonical form of {0} parses back to the same value")
  @MethodSource("valid")
  void canonicalFormRoundTrips(String input, String value, Format format, String canonical) {
    assertThat(Quantity.parse(canonical).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      // the API server's test table
      "1.1.M|FORMAT", "1+1.0M|FORMAT", "0.1mi|SUFFIX", "0.1am|FORMAT", "aoeu|FORMAT", ".5i|SUFFIX",
      "1i|SUFFIX", "-3.01i|SUFFIX", "-3.01e-|SUFFIX", "' 1'|FORMAT", "'1 '|FORMAT",
      // common mistakes: only lowercase k is kilo; no B; no space
      "1K|SUFFIX", "1KB|FORMAT", "1Gb|FORMAT", "512MB|FORMAT", "1 Gi|FORMAT", "1GiB|FORMAT", "1g|FORMAT",
      "1kb|FORMAT", "2 cores|FORMAT", "1,5|FORMAT", "50%|FORMAT",
      // exponents need digits and must fit the int32 scale
      "1e|SUFFIX", "1E+|SUFFIX", "1e4294967297|SUFFIX", "1e-2147483648|SUFFIX",
      // no digits at all on the arbitrary-precision path
      ".Ei|NUMERIC", "+Ei|NUMERIC",
      "''|FORMAT", "unlimited|FORMAT", "１|FORMAT", "1e3.5|FORMAT", "0x10|FORMAT", "1_000|FORMAT"})
  void rejectsLikeTheApiServer(String input, ErrorKind kind) {
    assertThatThrownBy(() -> Quantity.parse(input))
        .isInstanceOfSatisfying(InvalidQuantityException.class, e -> {
          assertThat(e.kind()).isEqualTo(kind);
          assertThat(e.getMessage()).isEqualTo(kind.message());
          assertThat(e.text()).isEqualTo(input);
        });
    assertThat(Quantity.tryParse(input)).isEmpty();
  }

  @Test
  void errorMessagesAreTheApiServers() {
    assertThat(ErrorKind.FORMAT.message())
        .isEqualTo("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    assertThat(ErrorKind.SUFFIX.message()).isEqualTo("unable to parse quantity's suffix");
    assertThat(ErrorKind.NUMERIC.message()).isEqualTo("unable to parse numeric part of quantity");
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "1K|only lowercase \"k\" means kilo: did you mean \"1Ki\" (1024) or \"1k\" (1000)?",
      "1KB|suffixes are case-sensitive and have no \"B\": did you mean \"1Ki\" (1024) or \"1k\" (1000)?",
      "512MB|suffixes are case-sensitive and have no \"B\": did you mean \"512Mi\" (536870912) or \"512M\" (512000000)?",
      "1Gb|suffixes are case-sensitive and have no \"B\": did you mean \"1Gi\" (1073741824) or \"1G\" (1000000000)?",
      "1GiB|suffixes are case-sensitive and have no \"B\": did you mean \"1Gi\"?",
      "0.1mi|suffixes are case-sensitive and have no \"B\": did you mean \"0.1Mi\"?",
      "1 Gi|remove the space: \"1Gi\"",
      "1 GB|suffixes are case-sensitive and have no \"B\": did you mean \"1Gi\" (1073741824) or \"1G\" (1000000000)?",
      "' 1'|remove the surrounding white space: \"1\"",
      "''|the value is empty: write a quantity such as \"500m\" or \"256Mi\", or remove the field",
      "1e|an exponent needs digits, such as \"1e3\"",
      "2 cores|CPU is written without a unit (\"500m\" is half a CPU): did you mean \"2\"?",
      "500millicores|millicores use the suffix \"m\": did you mean \"500m\"?",
      "512bytes|bytes are written without a unit: did you mean \"512\"?",
      "1,5|quantities use \".\" as the decimal separator and no thousands separator: \"1.5\"",
      "1,000Mi|quantities use \".\" as the decimal separator and no thousands separator: \"1000Mi\"",
      "unlimited|there is no \"unlimited\" value: omit the limit instead",
      "{{ .Values.cpu }}|this looks like an unrendered template expression: lint the rendered manifests"})
  void hintsAtWhatWasMeant(String input, String hint) {
    assertThatThrownBy(() -> Quantity.parse(input))
        .isInstanceOfSatisfying(InvalidQuantityException.class, e -> assertThat(e.hint()).contains(hint));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aoeu", "1.1.M", ".5i", "0.1am", "1i"})
  void noHintWithoutAPlausibleMeaning(String input) {
    assertThatThrownBy(() -> Quantity.parse(input))
        .isInstanceOfSatisfying(InvalidQuantityException.class, e -> assertThat(e.hint()).isEmpty());
  }

  @ParameterizedTest(name = "{0} rounds up to {1}")
  @CsvSource({"0.9n,1n", "3.001n,4n", "0.0000000005,1n", "0.5e-9,1e-9", "0.00000012354,124n"})
  void roundsUpBelowNano(String input, String canonical) {
    assertThat(Quantity.parse(input).canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0} is stored as {1}")
  @CsvSource({"0.5m,1m", "0.0005,1m", "-0.5m,-1m", "1.0001,1001m", "3.001n,1m", "1n,1m", "100m,100m",
      "1Gi,1Gi", "1.5Gi,1536Mi", "+1,+1", "1e3,1e3", "0.1,100m", "1000m,1"})
  void roundsUpToMilliLikeTheApiServerDefaults(String input, String stored) {
    Quantity rounded = Quantity.parse(input).roundUpToMilli();
    assertThat(rounded.canonical()).isEqualTo(stored);
    assertThat(rounded.value().scale()).isLessThanOrEqualTo(3);
  }

  @Test
  void milliRoundUpKeepsQuantitiesThatAreAlreadyPreciseEnough() {
    Quantity q = Quantity.parse("250m");
    assertThat(q.roundUpToMilli()).isSameAs(q);
  }

  @ParameterizedTest(name = "{0} {2} {1}")
  @CsvSource({"1G,1Gi,<", "1000m,1,=", "1,1000m,=", "100m,50m,>", "10000T,100Gi,>", "1Ki,1k,>", "1e3,1k,=",
      "0.5,500m,=", "-1,0,<", "1M,1Mi,<", "1024Mi,1Gi,=", "9Ei,7Ei,>", "9Ei,8Ei,=", "1000E,1E,>", "1n,0.9n,="})
  void comparesValues(String a, String b, String relation) {
    int expected = switch (relation) {
      case "<" -> -1;
      case ">" -> 1;
      default -> 0;
    };
    Quantity x = Quantity.parse(a);
    Quantity y = Quantity.parse(b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
    assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-expected);
    assertThat(x.equals(y)).isEqualTo(expected == 0);
    if (expected == 0) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
  }

  @ParameterizedTest
  @CsvSource({"1,true", "1000m,true", "1.5,false", "500m,false", "1Gi,true", "0.5Ki,true", "0,true", "1e-3,false"})
  void knowsWholeNumbers(String input, boolean integer) {
    assertThat(Quantity.parse(input).isInteger()).isEqualTo(integer);
  }

  @ParameterizedTest
  @CsvSource({"1,1", "-1m,-1", "0,0", "-0,0", "0.9n,1"})
  void signum(String input, int signum) {
    assertThat(Quantity.parse(input).signum()).isEqualTo(signum);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1G|1G = 1000000000 bytes, 0.93Gi",
      "1Gi|1Gi = 1073741824 bytes",
      "100m|100m = 0.1 bytes",
      "1024Mi|1024Mi (1Gi) = 1073741824 bytes",
      "256M|256M = 256000000 bytes, 244.14Mi",
      "1048576|1048576 = 1048576 bytes, 1Mi",
      "1.5Gi|1.5Gi (1536Mi) = 1610612736 bytes",
      "512|512 = 512 bytes",
      "1|1 = 1 byte"})
  void describesBytes(String input, String description) {
    assertThat(Quantity.parse(input).describeBytes()).isEqualTo(description);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1000|1000 = 1000 CPUs", "500m|500m = 0.5 CPU", "1|1 = 1 CPU", "1.5|1.5 = 1.5 CPUs",
      "1000m|1000m (1) = 1 CPU", "0.5m|0.5m (500u) = 0.0005 CPU", "2k|2k = 2000 CPUs"})
  void describesCpu(String input, String description) {
    assertThat(Quantity.parse(input).describeCpu()).isEqualTo(description);
  }

  @Test
  void manifestValuesAreTrimmedLikeTheJsonDecoderDoes() {
    Quantity q = Quantity.parseManifestValue(" 1Gi\t");
    assertThat(q.canonical()).isEqualTo("1Gi");
    assertThat(q.original()).isEqualTo(" 1Gi\t");
    assertThat(Quantity.parseManifestValue("\u00A01").value()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> Quantity.parseManifestValue("1 Gi")).isInstanceOf(InvalidQuantityException.class);
    assertThatThrownBy(() -> Quantity.parseManifestValue("  ")).isInstanceOf(InvalidQuantityException.class);
  }

  @Test
  void sumsKeepTheFormatOfTheFirstNonZeroOperand() {
    Quantity sum = Quantity.ZERO.plus(Quantity.parse("512Mi")).plus(Quantity.parse("512Mi"));
    assertThat(sum.canonical()).isEqualTo("1Gi");
    assertThat(Quantity.parse("100m").plus(Quantity.parse("1.9")).canonical()).isEqualTo("2");
    assertThat(Quantity.parse("1").max(Quantity.parse("1500m")).canonical()).isEqualTo("1500m");
  }

  @Test
  void hugeExponentsNeitherHangNorFail() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String s : new String[] {"1e2147483647", "1e-2147483647", "1.5e-2147483647", "100e2147483647",
          "123456789012345678901234567890e-2147483640", "99999999999999999999e2147483647"}) {
        Quantity q = Quantity.parse(s);
        assertThat(q.canonical()).isNotEmpty();
        assertThat(q.roundUpToMilli().canonical()).isNotEmpty();
        assertThat(q.describeBytes()).isNotEmpty();
        assertThat(q.hashCode()).isNotNull();
        assertThat(q.compareTo(Quantity.parse("1"))).isNotNull();
      }
      assertThat(Quantity.parse("1e-2147483647").canonical()).isEqualTo("1e-9");
      assertThat(Quantity.parse("1e2147483647").compareTo(Quantity.parse("9Ei"))).isPositive();
    });
  }

  /** Degenerate zeros that take the arbitrary-precision path, which needs digits. */
  private static boolean needsDigits(String s) {
    if (s.matches("^[+-]?\\.?(Ei|Pi)$")) {
      return true;
    }
    java.util.regex.Matcher m = Pattern.compile("[eE]([+-]?[0-9]+)$").matcher(s);
    return m.find() && Long.parseLong(m.group(1)) < -9;
  }

  /** Outside the degenerate zeros, the parser accepts exactly the documented grammar. */
  @Test
  void acceptsExactlyTheGrammarOnRandomInputs() {
    Pattern grammar = Pattern.compile(
        "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$");
    Pattern degenerate = Pattern.compile("^[+-]?\\.?(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$");
    String alphabet = "0123456789.+-eEinumkKMGTPB ";
    Random random = new Random(42);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(7);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      boolean expected = grammar.matcher(s).matches() || degenerate.matcher(s).matches() && !needsDigits(s);
      assertThat(Quantity.tryParse(s).isPresent()).as("\"%s\"", s).isEqualTo(expected);
    }
  }
}

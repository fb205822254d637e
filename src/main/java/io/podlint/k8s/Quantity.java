package io.podlint.k8s;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact Kubernetes {@code resource.Quantity} ({@code k8s.io/apimachinery/pkg/api/resource}):
 * parsed with the API server's scanner, rounded up to nano like the API server, compared exactly
 * and printed in the API server's canonical form.
 *
 * <p>The scanner is a port of {@code parseQuantityString}/{@code ParseQuantity}, not a regular
 * expression, so that its few oddities match the API server's: {@code "1."}, {@code ".5"} and
 * {@code "1.G"} are valid, and so are the degenerate zeros {@code "."}, {@code "+"}, {@code "-"}
 * and a lone suffix such as {@code "m"} or {@code "Ki"} (but not {@code "Ei"}, {@code "Pi"} or an
 * exponent below -9, which reach the digit-needing path). Every other valid input matches
 * {@code ^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$}.
 */
public final class Quantity implements Comparable<Quantity> {
  /** Compiled once: asked about every quantity of every workload. */
  private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Za-z].*");

  /** The suffix family the quantity was written in; canonical output keeps it. */
  public enum Format {
    /** {@code m}, {@code k}, {@code M}, ... (powers of 1000) or no suffix. */
    DECIMAL_SI,
    /** {@code Ki}, {@code Mi}, ... (powers of 1024). */
    BINARY_SI,
    /** {@code e3}, {@code E-6}, ... */
    DECIMAL_EXPONENT
  }

  /** The coarse expression of the API server's "wrong format" error ({@code splitREString}). */
  public static final String SPLIT_REGEX = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

  public static final Quantity ZERO = new Quantity("0", BigDecimal.ZERO, Format.DECIMAL_SI, "0");

  private static final int MAX_INT64_FACTORS = 18;
  private static final BigDecimal MAX_ALLOWED = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal NANO = BigDecimal.ONE.movePointLeft(9);
  private static final BigDecimal ONE_KI = BigDecimal.valueOf(1024);
  private static final BigInteger BIG_1024 = BigInteger.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final Map<String, Integer> DECIMAL_SUFFIXES = Map.of("n", -9, "u", -6, "m", -3, "", 0,
      "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
  private static final Map<Integer, String> DECIMAL_SUFFIX_BY_EXPONENT = Map.of(-9, "n", -6, "u", -3, "m", 0, "",
      3, "k", 6, "M", 9, "G", 12, "T", 15, "P", 18, "E");

  private final String original;
  private final BigDecimal value;
  private final Format format;
  /** The input text when it was already canonical: the API server re-emits it unchanged. */
  private final String kept;

  private Quantity(String original, BigDecimal value, Format format, String kept) {
    this.original = original;
    this.value = value;
    this.format = format;
    this.kept = kept;
  }

  /** Why a text is not a quantity: the API server's three parse errors. */
  public enum ErrorKind {
    FORMAT("quantities must match the regular expression '" + SPLIT_REGEX + "'"),
    SUFFIX("unable to parse quantity's suffix"),
    NUMERIC("unable to parse numeric part of quantity");

    private final String message;

    ErrorKind(String message) {
      this.message = message;
    }

    /** The API server's message, word for word. */
    public String message() {
      return message;
    }
  }

  /** A text that the API server refuses to decode as a quantity (HTTP 400). */
  public static final class InvalidQuantityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorKind kind;
    private final String text;

    InvalidQuantityException(ErrorKind kind, String text) {
      super(kind.message());
      this.kind = kind;
      this.text = text;
    }

    public ErrorKind kind() {
      return kind;
    }

    /** The text that failed to parse. */
    public String text() {
      return text;
    }

    /** What was probably meant, for common mistakes such as {@code 1K}, {@code 512MB} or {@code 1 Gi}. */
    public Optional<String> hint() {
      return QuantityHints.hint(text);
    }
  }

  /** Parses exactly like {@code resource.ParseQuantity}: no whitespace is allowed. */
  public static Quantity parse(String text) {
    if (text.isEmpty()) {
      throw new InvalidQuantityException(ErrorKind.FORMAT, text);
    }
    if (text.equals("0")) {
      return new Quantity(text, BigDecimal.ZERO, Format.DECIMAL_SI, text);
    }
    Scan s = Scan.of(text);
    Suffix suffix = Suffix.interpret(s.suffix);
    if (suffix == null) {
      throw new InvalidQuantityException(ErrorKind.SUFFIX, text);
    }
    Quantity fast = fastPath(text, s, suffix);
    return fast != null ? fast : slowPath(text, s, suffix);
  }

  /**
   * Parses a manifest value the way the API server decodes JSON: surrounding whitespace is
   * trimmed ({@code strings.TrimSpace} in {@code UnmarshalJSON}) before {@link #parse}.
   */
  public static Quantity parseManifestValue(String text) {
    Quantity q = parse(trimGoSpace(text));
    return new Quantity(text, q.value, q.format, q.kept);
  }

  /** The same quantity, reported as written differently (a YAML number as it appears in the file). */
  public Quantity writtenAs(String text) {
    return new Quantity(text, value, format, kept);
  }

  /** {@link #parse}, or empty when the text is not a quantity. */
  public static Optional<Quantity> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidQuantityException e) {
      return Optional.empty();
    }
  }

  /** The int64 fast path of {@code ParseQuantity}; null when the value needs the decimal path. */
  private static Quantity fastPath(String text, Scan s, Suffix suffix) {
    long precision;
    long scale = 0;
    long mantissa = 1;
    if (suffix.format == Format.BINARY_SI) {
      if (suffix.exponent >= 0 && s.denom.isEmpty()) {
        mantissa = 1L << suffix.exponent;
        precision = 15 - s.num.length() - (int) ((float) suffix.exponent * 3 / 10) - 1;
      } else {
        precision = -1;
      }
    } else {
      scale = suffix.exponent;
      precision = MAX_INT64_FACTORS - (s.num.length() + s.denom.length());
    }
    if (precision < 0) {
      return null;
    }
    scale -= s.denom.length();
    if (scale < -9) {
      return null;
    }
    String shifted = s.num + s.denom;
    long digits = Long.parseLong(shifted); // at most 18 digits: precision >= 0
    long result;
    try {
      result = Math.multiplyExact(digits, mantissa);
    } catch (ArithmeticException overflow) {
      return null;
    }
    if (!s.positive) {
      result = -result;
    }
    boolean canonical = suffix.format == Format.BINARY_SI
        ? suffix.exponent % 10 == 0 && (digits & 0x07) != 0
        : scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
    BigDecimal value = new BigDecimal(BigInteger.valueOf(result), (int) -scale);
    return new Quantity(text, value, suffix.format, canonical ? text : null);
  }

  /** The arbitrary-precision path: exact value, rounded up to nano, BinarySI capped at 2^63-1. */
  private static Quantity slowPath(String text, Scan s, Suffix suffix) {
    String digits = s.value.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      throw new InvalidQuantityException(ErrorKind.NUMERIC, text);
    }
    BigInteger unscaled = new BigInteger(digits);
    int fractionDigits = s.value.indexOf('.') < 0 ? 0 : s.value.length() - s.value.indexOf('.') - 1;
    BigDecimal magnitude;
    if (suffix.base == 10) {
      long scale = (long) fractionDigits - suffix.exponent;
      magnitude = scale > Integer.MAX_VALUE
          ? (unscaled.signum() == 0 ? BigDecimal.ZERO : NANO) // far below one nano: rounds up to 1n
          : new BigDecimal(unscaled, (int) scale);
    } else {
      magnitude = new BigDecimal(unscaled.shiftLeft(suffix.exponent), fractionDigits);
    }
    magnitude = roundUpToNano(magnitude);
    Format format = suffix.format;
    if (format == Format.BINARY_SI && magnitude.compareTo(MAX_ALLOWED) > 0) {
      magnitude = MAX_ALLOWED;
    }
    if (format == Format.BINARY_SI && magnitude.signum() > 0 && magnitude.compareTo(BigDecimal.ONE) < 0) {
      format = Format.DECIMAL_SI;
    }
    return new Quantity(text, s.positive ? magnitude : magnitude.negate(), format, null);
  }

  private static BigDecimal roundUpToNano(BigDecimal magnitude) {
    if (magnitude.signum() == 0 || magnitude.scale() <= 9) {
      return magnitude;
    }
    if ((long) magnitude.precision() - magnitude.scale() <= -9) {
      return NANO; // smaller than 1n; avoids scaling by a huge power of ten
    }
    return magnitude.setScale(9, RoundingMode.UP);
  }

  /** The value. */
  public BigDecimal value() {
    return value;
  }

  public Format format() {
    return format;
  }

  /** The text as written. */
  public String original() {
    return original;
  }

  /**
   * The form the API server stores and returns ({@code Quantity.String()}): the input itself when
   * it was already canonical, else the largest suffix of the same family that needs no fraction
   * digits. BinarySI values below 1024 or not integral print as DecimalSI.
   */
  public String canonical() {
    if (kept != null) {
      return kept;
    }
    try {
      return computeCanonical();
    } catch (ArithmeticException hugeExponent) {
      return value.toString(); // an exponent near the int32 limit; no suffix can express it
    }
  }

  private String computeCanonical() {
    if (value.signum() == 0) {
      return "0";
    }
    Format f = format;
    if (f == Format.BINARY_SI && (value.abs().compareTo(ONE_KI) < 0 || !isInteger())) {
      f = Format.DECIMAL_SI;
    }
    if (f == Format.BINARY_SI) {
      BigInteger n = value.toBigIntegerExact();
      int e = 0;
      while (e < BINARY_SUFFIXES.length - 1 && n.mod(BIG_1024).signum() == 0) {
        n = n.divide(BIG_1024);
        e++;
      }
      return n + BINARY_SUFFIXES[e];
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long exponent = -(long) stripped.scale();
    long floored = Math.floorDiv(exponent, 3) * 3;
    BigInteger mantissa = stripped.unscaledValue().multiply(BigInteger.TEN.pow((int) (exponent - floored)));
    String suffix;
    if (f == Format.DECIMAL_EXPONENT) {
      suffix = floored == 0 ? "" : "e" + floored;
    } else {
      // Past E there is no SI suffix: the API server falls back to exponent notation.
      suffix = DECIMAL_SUFFIX_BY_EXPONENT.getOrDefault((int) floored, "e" + floored);
    }
    return mantissa + suffix;
  }

  /**
   * The quantity as the API server stores a container request or limit: rounded up (away from
   * zero) to milli precision ({@code SetDefaults_ResourceList}, {@code RoundUp(-3)}).
   */
  public Quantity roundUpToMilli() {
    if (value.scale() <= 3) {
      return this;
    }
    return new Quantity(original, value.setScale(3, RoundingMode.UP), format, null);
  }

  /** Whether the value is a whole number. */
  public boolean isInteger() {
    return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  public int signum() {
    return value.signum();
  }

  /** Whether the value was written with a suffix or an exponent (not a plain number). */
  public boolean hasSuffix() {
    return HAS_LETTER.matcher(trimGoSpace(original)).matches();
  }

  /** The sum, in the format of the first non-zero operand (as {@code Quantity.Add} does). */
  public Quantity plus(Quantity other) {
    Format f = value.signum() == 0 ? other.format : format;
    BigDecimal sum = value.add(other.value);
    return new Quantity(plainOrScientific(sum), sum, f, null);
  }

  /** The larger of the two. */
  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Quantity o) {
    return value.compareTo(o.value);
  }

  /** Equal values, whatever their format or spelling ({@code 1000m} equals {@code 1}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && value.compareTo(q.value) == 0;
  }

  @Override
  public int hashCode() {
    try {
      return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    } catch (ArithmeticException hugeExponent) {
      return value.signum();
    }
  }

  @Override
  public String toString() {
    return canonical();
  }

  /**
   * An amount of bytes for messages: {@code 1G = 1000000000 bytes, 0.93Gi},
   * {@code 1Gi = 1073741824 bytes}, {@code 100m = 0.1 bytes}.
   */
  public String describeBytes() {
    StringBuilder out = new StringBuilder(written()).append(" = ").append(plainOrScientific(value))
        .append(value.compareTo(BigDecimal.ONE) == 0 ? " byte" : " bytes");
    if (format != Format.BINARY_SI && isInteger() && value.abs().compareTo(ONE_KI) >= 0) {
      binaryApproximation().ifPresent(a -> out.append(", ").append(a));
    }
    return out.toString();
  }

  /** An amount of CPU for messages: {@code 1000 = 1000 CPUs}, {@code 500m = 0.5 CPU}. */
  public String describeCpu() {
    return written() + " = " + plainOrScientific(value) + (value.compareTo(BigDecimal.ONE) > 0 ? " CPUs" : " CPU");
  }

  /** The written text, followed by the canonical form when it differs and adds something. */
  private String written() {
    String w = trimGoSpace(original);
    String c = canonical();
    return !hasSuffix() || c.equals(w) ? w : w + " (" + c + ")";
  }

  /** The value in the binary unit of the same rank as its decimal magnitude, to two decimals. */
  private Optional<String> binaryApproximation() {
    long rank = ((long) value.precision() - value.scale() - 1) / 3;
    if (rank < 1 || rank > 6) {
      return Optional.empty();
    }
    BigDecimal unit = BigDecimal.valueOf(2).pow(10 * (int) rank);
    BigDecimal amount = value.divide(unit, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    return Optional.of(amount.toPlainString() + BINARY_SUFFIXES[(int) rank]);
  }

  private static String plainOrScientific(BigDecimal v) {
    long magnitude = (long) v.precision() - v.scale();
    if (magnitude > 40 || magnitude < -40) {
      return v.toString();
    }
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /** Go's {@code strings.TrimSpace}: trims Unicode white space ({@code unicode.IsSpace}). */
  static String trimGoSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isGoSpace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029',
          '\u202F', '\u205F', '\u3000' -> true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** The pieces {@code parseQuantityString} returns. */
  private record Scan(boolean positive, String value, String num, String denom, String suffix) {
    private static final String SUFFIX_CHARS = "eEinumkKMGTP";

    static Scan of(String str) {
      boolean positive = true;
      int pos = 0;
      int end = str.length();
      if (str.charAt(0) == '-') {
        positive = false;
        pos++;
      } else if (str.charAt(0) == '+') {
        pos++;
      }
      while (true) { // leading zeros
        if (pos >= end) {
          return new Scan(positive, "0", "0", "", "");
        }
        if (str.charAt(pos) != '0') {
          break;
        }
        pos++;
      }
      int i = digitsFrom(str, pos);
      if (i >= end) {
        return new Scan(positive, str, str.substring(pos), "", "");
      }
      String num = i == pos ? "0" : str.substring(pos, i);
      pos = i;
      String denom = "";
      if (str.charAt(pos) == '.') {
        pos++;
        int j = digitsFrom(str, pos);
        if (j >= end) {
          return new Scan(positive, str, num, str.substring(pos), "");
        }
        denom = str.substring(pos, j);
        pos = j;
      }
      String value = str.substring(0, pos);
      int suffixStart = pos;
      while (pos < end && SUFFIX_CHARS.indexOf(str.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos < end && (str.charAt(pos) == '-' || str.charAt(pos) == '+')) {
        pos++;
      }
      if (digitsFrom(str, pos) < end) {
        throw new InvalidQuantityException(ErrorKind.FORMAT, str);
      }
      return new Scan(positive, value, num, denom, str.substring(suffixStart));
    }

    private static int digitsFrom(String s, int from) {
      int i = from;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i;
    }
  }

  /** The meaning of a suffix ({@code suffixHandler.interpret}). */
  private record Suffix(int base, int exponent, Format format) {
    static Suffix interpret(String s) {
      Integer decimal = DECIMAL_SUFFIXES.get(s);
      if (decimal != null) {
        return new Suffix(10, decimal, Format.DECIMAL_SI);
      }
      for (int i = 1; i < BINARY_SUFFIXES.length; i++) {
        if (BINARY_SUFFIXES[i].equals(s)) {
          return new Suffix(2, 10 * i, Format.BINARY_SI);
        }
      }
      if (s.length() > 1 && (s.charAt(0) == 'e' || s.charAt(0) == 'E')) {
        String digits = s.substring(1);
        if (!digits.matches("[+-]?[0-9]+")) {
          return null;
        }
        try {
          long exponent = Long.parseLong(digits);
          // Exponents that do not fit the int32 scale are refused rather than truncated.
          return exponent >= -Integer.MAX_VALUE && exponent <= Integer.MAX_VALUE
              ? new Suffix(10, (int) exponent, Format.DECIMAL_EXPONENT) : null;
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return null;
    }
  }
}

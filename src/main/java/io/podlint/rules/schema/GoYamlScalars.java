package io.podlint.rules.schema;

import io.podlint.parse.Scalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types plain (unquoted) YAML scalars the way kubectl, Helm and the API server do before a
 * manifest becomes JSON: sigs.k8s.io/yaml on go-yaml v2, a YAML 1.1 resolver. It differs from
 * SnakeYAML's YAML 1.1 resolver in three places: {@code y}/{@code n} are booleans, base-60
 * numbers such as {@code 1:30} stay strings, and {@code 0o17} is an integer.
 */
final class GoYamlScalars {
  /** YAML 1.1 booleans that YAML 1.2 and most people read as words. */
  private static final Set<String> WORD_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
      "n", "N", "no", "No", "NO", "off", "Off", "OFF");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern TIMESTAMP_START = Pattern.compile("[0-9]{4}-.*");
  private static final Pattern LEADING_ZERO_OCTAL = Pattern.compile("[-+]?0[0-7_]*[0-7][0-7_]*");
  private static final Pattern BASE60 = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

  /** Marks a YAML null. */
  static final Object NULL = new Object();

  private GoYamlScalars() {}

  /**
   * The value of a plain scalar: {@link #NULL}, Boolean, BigInteger, BigDecimal, Double (for
   * {@code .inf} and {@code .nan}) or the String itself.
   */
  static Object resolve(String text) {
    if (isPlainWord(text)) {
      return text;
    }
    if (Scalars.isShortDecimal(text)) {
      return BigInteger.valueOf(Long.parseLong(text)); // ports, counts, seconds: the commonest number
    }
    switch (text) { // one hash lookup instead of a set per type
      case "", "~", "null", "Null", "NULL":
        return NULL;
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
        return Boolean.TRUE;
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
        return Boolean.FALSE;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF":
        return Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      default:
        break;
    }
    char first = text.charAt(0);
    if (!(first >= '0' && first <= '9') && first != '+' && first != '-' && first != '.') {
      return text;
    }
    if (text.length() > 4 && text.charAt(4) == '-' && TIMESTAMP_START.matcher(text).matches()) {
      return text; // go-yaml keeps timestamps as strings when the target is untyped
    }
    String plain = text.replace("_", "");
    BigInteger integer = parseGoInt(plain);
    if (integer != null) {
      return integer;
    }
    if (FLOAT.matcher(plain).matches()) {
      return new BigDecimal(plain);
    }
    return text;
  }

  /**
   * Whether {@link #resolve} gives the text itself, which is not a base-60 number either: no
   * null, boolean or number spelling starts so or is that long. Most keys and values.
   */
  static boolean isPlainWord(String text) {
    return !text.isEmpty() && isWordStart(text.charAt(0))
        && (text.length() > 5 || "nNyYtTfFoO".indexOf(text.charAt(0)) < 0);
  }

  /** Whether no number, infinity, NaN or {@code ~} starts with this character. */
  private static boolean isWordStart(char c) {
    return !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' && c != '~';
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)} (and ParseUint): 0x, 0o, 0b and leading-zero octal. */
  private static BigInteger parseGoInt(String s) {
    boolean negative = s.startsWith("-");
    String digits = negative || s.startsWith("+") ? s.substring(1) : s;
    int radix = 10;
    if (digits.length() > 2 && digits.charAt(0) == '0' && "xXoObB".indexOf(digits.charAt(1)) >= 0) {
      radix = switch (Character.toLowerCase(digits.charAt(1))) {
        case 'x' -> 16;
        case 'o' -> 8;
        default -> 2;
      };
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.charAt(0) == '0') {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty() || digits.startsWith("+") || digits.startsWith("-")) {
      return null;
    }
    if (radix == 10 && Scalars.isShortDecimal(digits)) {
      long v = Long.parseLong(digits); // ports, counts, seconds: most numbers, without BigInteger's parser
      return BigInteger.valueOf(negative ? -v : v);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return null; // what BigInteger would reject, without the cost of its exception
      }
    }
    try {
      BigInteger v = new BigInteger(digits, radix);
      v = negative ? v.negate() : v;
      return v.bitLength() <= 64 ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} in their spellings. */
  static boolean isWordBoolean(String text) {
    return WORD_BOOLEANS.contains(text);
  }

  /** A number written with a leading zero, which YAML 1.1 reads as octal ({@code 0755} is 493). */
  static boolean isLeadingZeroOctal(String text) {
    return LEADING_ZERO_OCTAL.matcher(text).matches();
  }

  /** A base-60 number such as {@code 1:30} (90) or {@code 190:20:30}. */
  static boolean isBase60(String text) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean numberStart = first >= '0' && first <= '9' || first == '+' || first == '-';
    return numberStart && text.indexOf(':') > 0 && BASE60.matcher(text).matches();
  }

  /** The value of a base-60 number, as SnakeYAML and PyYAML read it. */
  static BigDecimal base60Value(String text) {
    String s = text.replace("_", "");
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    BigDecimal v = BigDecimal.ZERO;
    for (String part : s.split(":")) {
      v = v.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part.endsWith(".") ? part + "0" : part));
    }
    return negative ? v.negate() : v;
  }
}

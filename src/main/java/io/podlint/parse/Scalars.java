package io.podlint.parse;

import java.math.BigInteger;
import java.util.Locale;

/** Interprets YAML 1.1 scalars the way SnakeYAML's resolver tagged them. */
public final class Scalars {
  private Scalars() {}

  /** Parses a YAML 1.1 integer (decimal, 0x hex, 0o/0 octal, 0b binary, sexagesimal, underscores). */
  public static Long parseInt(String text) {
    String s = text.replace("_", "");
    int sign = 1;
    if (s.startsWith("-")) {
      sign = -1;
      s = s.substring(1);
    } else if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (isShortDecimal(s)) {
      return sign * Long.parseLong(s); // ports, seconds, replicas...: no BigInteger needed
    }
    try {
      BigInteger v;
      if (s.startsWith("0x") || s.startsWith("0X")) {
        v = new BigInteger(s.substring(2), 16);
      } else if (s.startsWith("0o")) {
        v = new BigInteger(s.substring(2), 8);
      } else if (s.startsWith("0b")) {
        v = new BigInteger(s.substring(2), 2);
      } else if (s.contains(":")) {
        v = BigInteger.ZERO;
        for (String part : s.split(":")) {
          v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else if (s.length() > 1 && s.startsWith("0")) {
        v = new BigInteger(s.substring(1), 8);
      } else {
        v = new BigInteger(s);
      }
      v = sign < 0 ? v.negate() : v;
      return v.bitLength() < 64 ? v.longValue() : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** ASCII digits without a leading zero (octal), few enough to fit a long. */
  public static boolean isShortDecimal(String s) {
    if (s.isEmpty() || s.length() > 18 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public static boolean parseBool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y" -> true;
      default -> false;
    };
  }

  /** True when a plain scalar would not stay the string it looks like under YAML 1.1 rules. */
  public static boolean isYaml11Surprise(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.matches("y|n|yes|no|on|off") || text.matches("[-+]?0[0-7]+") || text.matches("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  }
}

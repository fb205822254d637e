package io.podlint.k8s;

import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An int-or-string field such as {@code maxSurge}: an integer, or a percentage written as a
 * string ({@code "25%"}). Mirrors apimachinery's {@code IsValidPercent} and the apps validation's
 * {@code getIntOrPercentValue}.
 */
public final class IntOrPercent {
  /** apimachinery util/validation: {@code percentRegexp}. */
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
  /** The API server's own words for a string that is not a percentage. */
  public static final String PERCENT_ERROR = "a valid percent string must be a numeric string followed by an ending '%' "
      + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

  private IntOrPercent() {}

  public static boolean isValidPercent(String text) {
    return text != null && PERCENT.matcher(text).matches();
  }

  /** The number of a valid percentage ({@code "25%"} gives 25), capped at Long.MAX_VALUE. */
  public static OptionalLong percentValue(String text) {
    if (!isValidPercent(text)) {
      return OptionalLong.empty();
    }
    BigInteger n = new BigInteger(text.substring(0, text.length() - 1));
    return OptionalLong.of(n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE);
  }
}

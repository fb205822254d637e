package io.podlint.k8s;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration}: a signed sequence of decimal numbers with units
 * ({@code 1h30m}, {@code 1.5s}, {@code 300ms}); {@code 0} alone needs no unit. Durations beyond
 * about 290 years overflow in Go; podlint does not reproduce that limit.
 */
public final class GoDuration {
  private static final Set<String> UNITS = Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h");
  private static final Pattern ELEMENT = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)([^0-9.]*)");

  private GoDuration() {}

  public static boolean isValid(String text) {
    return error(text).isEmpty();
  }

  /** Go's error text for {@code text}, or empty when it parses. */
  public static Optional<String> error(String text) {
    String quoted = "\"" + text + "\"";
    String s = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (s.equals("0")) {
      return Optional.empty();
    }
    if (s.isEmpty()) {
      return Optional.of("time: invalid duration " + quoted);
    }
    Matcher m = ELEMENT.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return Optional.of("time: invalid duration " + quoted);
      }
      String unit = m.group(2);
      if (unit.isEmpty()) {
        return Optional.of("time: missing unit in duration " + quoted);
      }
      if (!UNITS.contains(unit)) {
        return Optional.of("time: unknown unit \"" + unit + "\" in duration " + quoted);
      }
      at = m.end();
    }
    return Optional.empty();
  }
}

package io.podlint.k8s;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CronJob {@code schedule} as the API server and the CronJob controller parse it:
 * {@code cron.ParseStandard} of robfig/cron v3 (five fields, minute hour day-of-month month
 * day-of-week, or a descriptor). Mirrors {@code Parser.Parse}, {@code normalizeFields},
 * {@code getRange}, {@code parseIntOrName} and {@code parseDescriptor} of its parser.go, with
 * the same error texts. Notable consequences: {@code 7} is not Sunday (day-of-week is 0-6),
 * there is no seconds field and no {@code @reboot}, {@code ?} is a synonym of {@code *} in every
 * field, and descriptors match byte for byte.
 */
public final class CronSchedule {
  private record Bounds(int min, int max, Map<String, Integer> names) {}

  private static final Bounds MINUTES = new Bounds(0, 59, Map.of());
  private static final Bounds HOURS = new Bounds(0, 23, Map.of());
  private static final Bounds DOM = new Bounds(1, 31, Map.of());
  private static final Bounds MONTHS = new Bounds(1, 12, Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12)));
  private static final Bounds DOW = new Bounds(0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4,
      "fri", 5, "sat", 6));
  private static final List<Bounds> FIELDS = List.of(MINUTES, HOURS, DOM, MONTHS, DOW);
  private static final List<String> DESCRIPTORS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final String EVERY = "@every ";

  private CronSchedule() {}

  /** Thrown with robfig's own error text. */
  private static final class ParseError extends Exception {
    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The parser's error for {@code spec}, or empty when it parses. A leading {@code TZ=} or
   * {@code CRON_TZ=} zone is checked with {@link TimeZones}; whether the API server accepts such
   * a prefix at all is for the caller to decide (it does not since Kubernetes 1.29).
   */
  public static Optional<String> error(String spec) {
    try {
      parse(spec);
      return Optional.empty();
    } catch (ParseError e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void parse(String spec) throws ParseError {
    if (spec.isEmpty()) {
      throw new ParseError("empty spec string");
    }
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      int eq = spec.indexOf('=');
      if (space < 0) {
        return; // robfig slices out of range here (a panic, not a validation error): leave it alone
      }
      String zone = spec.substring(eq + 1, space);
      if (!TimeZones.isLoadable(zone)) {
        throw new ParseError("provided bad location " + zone + ": unknown time zone " + zone);
      }
      spec = spec.substring(space).strip();
    }
    if (spec.startsWith("@")) {
      parseDescriptor(spec);
      return;
    }
    List<String> fields = goFields(spec);
    if (fields.size() != FIELDS.size()) {
      throw new ParseError("expected exactly 5 fields, found %d: [%s]".formatted(fields.size(), String.join(" ", fields)));
    }
    for (int i = 0; i < fields.size(); i++) {
      for (String expr : fields.get(i).split(",")) {
        if (!expr.isEmpty()) { // strings.FieldsFunc drops empty elements: "1,,2" is fine
          range(expr, FIELDS.get(i));
        }
      }
    }
  }

  private static void parseDescriptor(String spec) throws ParseError {
    if (DESCRIPTORS.contains(spec)) {
      return;
    }
    if (spec.startsWith(EVERY)) {
      String duration = spec.substring(EVERY.length());
      Optional<String> error = GoDuration.error(duration);
      if (error.isPresent()) {
        throw new ParseError("failed to parse duration " + spec + ": " + error.get());
      }
      return;
    }
    throw new ParseError("unrecognized descriptor: " + spec);
  }

  /** getRange: {@code number | number "-" number [ "/" number ]}, or {@code *} / {@code ?} with a step. */
  private static void range(String expr, Bounds r) throws ParseError {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    boolean singleDigit = lowAndHigh.length == 1;
    long start;
    long end;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = r.min();
      end = r.max(); // robfig never looks past the star: "*-5" is "*"
    } else {
      start = intOrName(lowAndHigh[0], r);
      switch (lowAndHigh.length) {
        case 1 -> end = start;
        case 2 -> end = intOrName(lowAndHigh[1], r);
        default -> throw new ParseError("too many hyphens: " + expr);
      }
    }
    long step;
    switch (rangeAndStep.length) {
      case 1 -> step = 1;
      case 2 -> {
        step = mustParseInt(rangeAndStep[1]);
        if (singleDigit) {
          end = r.max(); // "N/step" means "N-max/step"
        }
      }
      default -> throw new ParseError("too many slashes: " + expr);
    }
    if (start < r.min()) {
      throw new ParseError("beginning of range (%d) below minimum (%d): %s".formatted(start, r.min(), expr));
    }
    if (end > r.max()) {
      throw new ParseError("end of range (%d) above maximum (%d): %s".formatted(end, r.max(), expr));
    }
    if (start > end) {
      throw new ParseError("beginning of range (%d) beyond end of range (%d): %s".formatted(start, end, expr));
    }
    if (step == 0) {
      throw new ParseError("step of range should be a positive number: " + expr);
    }
  }

  private static long intOrName(String expr, Bounds r) throws ParseError {
    Integer named = r.names().get(expr.toLowerCase(Locale.ROOT));
    return named != null ? named : mustParseInt(expr);
  }

  /** strconv.Atoi, then a sign check; values beyond a long are out of every range anyway. */
  private static long mustParseInt(String expr) throws ParseError {
    if (!expr.matches("[+-]?[0-9]+")) {
      throw new ParseError("failed to parse int from %s: strconv.Atoi: parsing \"%s\": invalid syntax".formatted(expr, expr));
    }
    BigInteger n = new BigInteger(expr.startsWith("+") ? expr.substring(1) : expr);
    if (n.bitLength() > 63) {
      throw new ParseError("failed to parse int from %s: strconv.Atoi: parsing \"%s\": value out of range".formatted(expr, expr));
    }
    if (n.signum() < 0) {
      throw new ParseError("negative number (%d) not allowed: %s".formatted(n.longValue(), expr));
    }
    return n.longValue();
  }

  /** strings.Fields: split around runs of white space (ASCII and Unicode). */
  private static List<String> goFields(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isGoSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isGoSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  private static boolean isGoSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u0085'
        || c == '\u00a0' || Character.isSpaceChar(c);
  }
}

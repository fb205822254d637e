package io.podlint.k8s;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CronJob {@code timeZone} names as the API server checks them ({@code validateTimeZone} in
 * pkg/apis/batch/validation): a syntax check of every {@code /}-separated part, {@code Local}
 * refused, then Go's {@code time.LoadLocation} against the IANA database. podlint stands in for
 * Go's database with Java's, plus the few names Go ships that Java lacks ({@code EST},
 * {@code MST}, {@code HST}...); a name either database lacks is given the benefit of the doubt
 * only in one direction: podlint reports an unknown zone only when neither knows it.
 */
public final class TimeZones {
  /** batch validation: {@code validTimeZoneCharacters}. */
  private static final Pattern PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");
  /** Names of the tz database that Go loads and Java's ZoneId does not. */
  private static final Set<String> GO_ONLY = Set.of("EST", "MST", "HST", "Factory", "posixrules", "localtime");

  private TimeZones() {}

  /** The API server's error for {@code name}, or empty when it is accepted. */
  public static Optional<String> error(String name) {
    if (name.isEmpty()) {
      return Optional.of("timeZone must be nil or non-empty string");
    }
    for (String part : name.split("/", -1)) {
      if (part.equals(".") || part.equals("..") || part.startsWith("-") || !PART.matcher(part).matches()) {
        return Optional.of("unknown time zone " + name);
      }
    }
    if (name.equalsIgnoreCase("Local")) {
      return Optional.of("timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
    }
    if (!isLoadable(name)) {
      return Optional.of("unknown time zone " + name);
    }
    return Optional.empty();
  }

  /** Whether Go's {@code time.LoadLocation} would find {@code name} (case-sensitive, as on Linux). */
  public static boolean isLoadable(String name) {
    if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
      return true; // LoadLocation's own special cases
    }
    // Debian-style zoneinfo folders also hold posix/ and right/ copies of every zone.
    String plain = name.startsWith("posix/") ? name.substring(6) : name.startsWith("right/") ? name.substring(6) : name;
    return GO_ONLY.contains(plain) || ZoneId.getAvailableZoneIds().contains(plain);
  }
}

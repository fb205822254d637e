package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Table-driven cases for {@link CronSchedule}, {@link GoDuration} and {@link TimeZones}, taken
 * from robfig/cron v3 parser.go (getRange, parseDescriptor, normalizeFields and their errors),
 * Go's time.ParseDuration, and validateTimeZone of kubernetes/kubernetes
 * pkg/apis/batch/validation/validation.go. Valid and invalid side by side.
 */
class CronScheduleTest {

  @Test
  void acceptsWhatParseStandardAccepts() {
    for (String ok : new String[] {"* * * * *", "0 3 * * 0", "*/15 0-23/2 1,15 jan-DEC mon-FRI", "5/15 * * * *",
        "0 0 ? * ?", "?/5 ? ? ? ?", "1,,2 * * * *", "0\t0  *   *  *", " 0 0 * * * ", "*-5 * * * *", "*/90 * * * *",
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "@every 1h30m",
        "@every 1.5s", "@every 0", "@every 300ms", "TZ=Europe/Berlin 0 3 * * *", "CRON_TZ=UTC @daily"}) {
      assertThat(CronSchedule.error(ok)).as(ok).isEmpty();
    }
  }

  @Test
  void rejectsWithTheParsersOwnWords() {
    Map<String, String> cases = Map.ofEntries(
        Map.entry("", "empty spec string"),
        Map.entry("0 3 * * 7", "end of range (7) above maximum (6): 7"),
        Map.entry("0 3 * * 1-7", "end of range (7) above maximum (6): 1-7"),
        Map.entry("0 */5 * * * *", "expected exactly 5 fields, found 6: [0 */5 * * * *]"),
        Map.entry("* * * *", "expected exactly 5 fields, found 4: [* * * *]"),
        Map.entry(" @daily", "expected exactly 5 fields, found 1: [@daily]"),
        Map.entry("@reboot", "unrecognized descriptor: @reboot"),
        Map.entry("@daily ", "unrecognized descriptor: @daily "),
        Map.entry("@every1h", "unrecognized descriptor: @every1h"),
        Map.entry("@every 1d", "failed to parse duration @every 1d: time: unknown unit \"d\" in duration \"1d\""),
        Map.entry("@every 5", "failed to parse duration @every 5: time: missing unit in duration \"5\""),
        Map.entry("60 * * * *", "end of range (60) above maximum (59): 60"),
        Map.entry("0 24 * * *", "end of range (24) above maximum (23): 24"),
        Map.entry("0 0 0 * *", "beginning of range (0) below minimum (1): 0"),
        Map.entry("0 0 * 13 *", "end of range (13) above maximum (12): 13"),
        Map.entry("0 0 * * SAT-SUN", "beginning of range (6) beyond end of range (0): SAT-SUN"),
        Map.entry("*/0 * * * *", "step of range should be a positive number: */0"),
        Map.entry("1-2-3 * * * *", "too many hyphens: 1-2-3"),
        Map.entry("*/2/3 * * * *", "too many slashes: */2/3"),
        Map.entry("0 0 1 JANUARY *", "failed to parse int from JANUARY: strconv.Atoi: parsing \"JANUARY\": invalid syntax"),
        Map.entry("5- * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"),
        Map.entry("TZ=Mars/Olympus 0 3 * * *", "provided bad location Mars/Olympus: unknown time zone Mars/Olympus"));
    cases.forEach((spec, error) -> assertThat(CronSchedule.error(spec)).as(spec).contains(error));
  }

  @Test
  void goDurations() {
    for (String ok : new String[] {"0", "1h", "1h30m", "1.5s", ".5s", "1.s", "300ms", "2us", "2\u00b5s", "-1h", "+3m"}) {
      assertThat(GoDuration.isValid(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"", "1d", "5", "h", ".", "1h 30m", "1w"}) {
      assertThat(GoDuration.isValid(bad)).as(bad).isFalse();
    }
  }

  @Test
  void timeZonesAsValidateTimeZoneChecksThem() {
    for (String ok : new String[] {"Etc/UTC", "UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "US/Eastern",
        "EST", "EST5EDT", "Etc/GMT+5", "GMT", "posix/Europe/Berlin"}) {
      assertThat(TimeZones.error(ok)).as(ok).isEmpty();
    }
    assertThat(TimeZones.error("")).contains("timeZone must be nil or non-empty string");
    assertThat(TimeZones.error("Local")).contains(
        "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
    assertThat(TimeZones.error("local")).contains(
        "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
    for (String bad : new String[] {"Europe/Bxl", "europe/berlin", "../etc/passwd", "/Europe/Berlin", "Europe//Berlin",
        "America/Argentina_Buenos_Aires", "-0500", "Europe/ Berlin"}) {
      assertThat(TimeZones.error(bad)).as(bad).isPresent();
    }
  }
}

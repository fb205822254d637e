package io.podlint.rules.validation;

import io.podlint.k8s.CronSchedule;
import io.podlint.k8s.TimeZones;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;

/**
 * {@code validateScheduleFormat} and {@code validateTimeZone} of pkg/apis/batch/validation: the
 * schedule must parse with robfig/cron's {@code ParseStandard}, may not carry {@code TZ=} or
 * {@code CRON_TZ=} (create requests since 1.29), and {@code timeZone} must name an IANA zone.
 */
final class CronJobScheduleInvalidCheck implements DocumentCheck<NoParams> {
  /** The release from which a new CronJob may not mention TZ in its schedule. */
  static final int TZ_REJECTED_SINCE = 29;

  @Override
  public String id() {
    return "cronjob-schedule-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("CronJob");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!"batch".equals(group(d.apiVersion()))) {
      return;
    }
    YamlNode spec = d.root().get("spec");
    YamlNode schedule = spec.get("schedule");
    YamlNode timeZone = spec.get("timeZone");
    if (schedule.isString() && !schedule.text().isEmpty() && !FieldErrors.isTemplated(schedule)) {
      String text = schedule.text();
      boolean tzRejected = ctx.settings().kubernetesVersion().atLeast(TZ_REJECTED_SINCE);
      boolean tzReported = tzRejected && text.contains("TZ");
      if (tzReported) {
        ctx.report(schedule, FieldErrors.invalid(schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead")
            + ". The CronJob is not created (Kubernetes 1.29 and later). Move the zone to spec.timeZone"
            + zoneHint(text) + " and keep only the five fields in the schedule");
      }
      Optional<String> error = CronSchedule.error(text);
      if (error.isPresent() && !(tzReported && error.get().startsWith("provided bad location"))) {
        ctx.report(schedule, FieldErrors.invalid(schedule, error.get()) + ". The CronJob is not created. "
            + fix(text, error.get()));
      }
    }
    if (timeZone.isString() && !FieldErrors.isTemplated(timeZone)) {
      TimeZones.error(timeZone.text()).ifPresent(e -> ctx.report(timeZone, FieldErrors.invalid(timeZone, e)
          + ". The CronJob is not created. Use a name of the IANA time zone database, such as \"Etc/UTC\" or "
          + "\"Europe/Berlin\" (spelled with its exact case)"));
    }
  }

  private static String zoneHint(String schedule) {
    int eq = schedule.indexOf('=');
    int space = schedule.indexOf(' ');
    if ((schedule.startsWith("TZ=") || schedule.startsWith("CRON_TZ=")) && space > eq) {
      return " (timeZone: \"" + schedule.substring(eq + 1, space) + "\")";
    }
    return "";
  }

  private static String fix(String schedule, String error) {
    if (error.startsWith("end of range (7) above maximum (6)")) {
      return "Day-of-week runs from 0 (Sunday) to 6 (Saturday): write 0 or SUN for Sunday";
    }
    if (error.startsWith("expected exactly 5 fields")) {
      return "Write five fields (minute hour day-of-month month day-of-week, no seconds and no year) or a "
          + "descriptor such as @hourly";
    }
    if (error.startsWith("failed to parse duration")) {
      return "Write a Go duration after @every, such as 24h, 90m or 1h30m (units h, m, s, ms; no days)";
    }
    if (error.startsWith("unrecognized descriptor")) {
      return "Use one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration> "
          + "(lower case, nothing around it)";
    }
    return "Fix the field named in the message (minute 0-59, hour 0-23, day-of-month 1-31, month 1-12 or JAN-DEC, "
        + "day-of-week 0-6 or SUN-SAT)";
  }

  static String group(String apiVersion) {
    return apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
  }
}

package io.podlint.rules.validation;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;

/**
 * The CronJob's own fields ({@code validateCronJobSpec}) and the selector rules of its job
 * template ({@code ValidateJobTemplateSpec}); the job template's Job fields are job-spec-invalid's.
 */
final class CronJobSpecInvalidCheck implements DocumentCheck<NoParams> {
  private static final List<String> NON_NEGATIVE =
      List.of("startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit");

  @Override
  public String id() {
    return "cronjob-spec-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("CronJob");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!"batch".equals(CronJobScheduleInvalidCheck.group(d.apiVersion()))) {
      return;
    }
    YamlNode spec = d.root().get("spec");
    for (String field : NON_NEGATIVE) {
      YamlNode value = spec.get(field);
      if (FieldErrors.isNegative(value)) {
        ctx.report(value, FieldErrors.invalid(value, FieldErrors.NON_NEGATIVE) + ". The CronJob is not created. "
            + (field.equals("startingDeadlineSeconds") ? "Remove the field for no deadline, or set a number of seconds"
                : "Set 0 to keep no finished Jobs, or a positive number"));
      }
    }
    YamlNode jobSpec = spec.at("jobTemplate.spec");
    YamlNode selector = jobSpec.get("selector");
    if (selector.hasValue()) {
      ctx.report(selector, FieldErrors.invalid(selector.path(), "{...}", "`selector` will be auto-generated")
          + ". The CronJob is not created: the CronJob controller labels and selects each Job's Pods itself. "
          + "Remove spec.jobTemplate.spec.selector");
    }
    YamlNode manual = jobSpec.get("manualSelector");
    if (manual.isTrue()) {
      ctx.report(manual, FieldErrors.notSupported(manual, List.of("nil", "false"))
          + ". The CronJob is not created. Remove manualSelector from the job template");
    }
  }
}

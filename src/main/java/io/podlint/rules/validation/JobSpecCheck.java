package io.podlint.rules.validation;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;

/**
 * {@code validateJobSpec} of pkg/apis/batch/validation, for a Job and for a CronJob's job
 * template: non-negative counts, the indexed-Job rules, podFailurePolicy rules (with
 * {@link PodFailurePolicyRules}), successPolicy (with {@link SuccessPolicyRules}) and
 * podReplacementPolicy. The restartPolicy a podFailurePolicy needs is restart-policy-job's.
 */
final class JobSpecCheck implements Check<NoParams> {
  private static final List<String> NON_NEGATIVE = List.of("parallelism", "completions", "activeDeadlineSeconds",
      "backoffLimit", "ttlSecondsAfterFinished", "backoffLimitPerIndex", "maxFailedIndexes");
  static final long MAX_PARALLELISM_INDEXED = 100_000;
  static final long MAX_FAILED_INDEXES = 100_000;
  static final long COMPLETIONS_SOFT_LIMIT = 100_000;
  static final long PARALLELISM_HIGH_COMPLETIONS = 10_000;
  static final long MAX_FAILED_INDEXES_HIGH_COMPLETIONS = 10_000;

  @Override
  public String id() {
    return "job-spec-invalid";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Job", "CronJob");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!"batch".equals(CronJobScheduleCheck.group(d.apiVersion()))) {
      return;
    }
    YamlNode spec = "CronJob".equals(d.kind()) ? d.root().at("spec.jobTemplate.spec") : d.root().get("spec");
    if (!spec.isMapping()) {
      return;
    }
    Reporter r = new Reporter(ctx, d.kind());
    for (String field : NON_NEGATIVE) {
      YamlNode value = spec.get(field);
      if (FieldErrors.isNegative(value)) {
        r.report(value, FieldErrors.invalid(value, FieldErrors.NON_NEGATIVE), "Set " + field + " to 0 or more"
            + (field.equals("activeDeadlineSeconds") || field.equals("ttlSecondsAfterFinished")
                ? ", or remove it for no limit" : ""));
      }
    }
    YamlNode completions = spec.get("completions");
    YamlNode parallelism = spec.get("parallelism");
    YamlNode perIndex = spec.get("backoffLimitPerIndex");
    YamlNode maxFailed = spec.get("maxFailedIndexes");
    YamlNode mode = spec.get("completionMode");
    if (maxFailed.hasValue() && !perIndex.hasValue()) {
      r.report(maxFailed, FieldErrors.required(FieldErrors.child(spec, "backoffLimitPerIndex"),
          "when maxFailedIndexes is specified"), "Set backoffLimitPerIndex too (maxFailedIndexes counts indexes that "
          + "used up their per-index backoff limit), or remove maxFailedIndexes");
    }
    boolean indexed = "Indexed".equals(mode.text());
    if (indexed) {
      checkIndexed(spec, r, completions, parallelism, perIndex, maxFailed, mode);
    } else if (!mode.hasValue() || "NonIndexed".equals(mode.text())) {
      for (YamlNode f : List.of(perIndex, maxFailed)) {
        if (f.hasValue()) {
          r.report(f, FieldErrors.invalid(f, "requires indexed completion mode"),
              "Set completionMode: Indexed (with completions), or remove " + f.key());
        }
      }
    }
    YamlNode failurePolicy = spec.get("podFailurePolicy");
    if (failurePolicy.isMapping()) {
      PodFailurePolicyRules.check(spec, failurePolicy, r);
    }
    YamlNode successPolicy = spec.get("successPolicy");
    if (successPolicy.isMapping()) {
      if (!indexed) {
        r.report(successPolicy, FieldErrors.invalid(successPolicy.path(), "{...}", "requires indexed completion mode"),
            "Set completionMode: Indexed (with completions), or remove successPolicy");
      } else {
        FieldErrors.integer(completions).ifPresent(c -> SuccessPolicyRules.check(successPolicy, c, r));
      }
    }
    YamlNode replacement = spec.get("podReplacementPolicy");
    if (failurePolicy.isMapping() && "TerminatingOrFailed".equals(replacement.text())) {
      r.report(replacement, FieldErrors.notSupported(replacement, List.of("Failed")),
          "With a podFailurePolicy, only podReplacementPolicy: Failed is allowed (replacement Pods start once "
          + "the old ones have fully terminated): set it, or remove the field (it then defaults to Failed)");
    }
  }

  private static void checkIndexed(YamlNode spec, Reporter r, YamlNode completions, YamlNode parallelism,
      YamlNode perIndex, YamlNode maxFailed, YamlNode mode) {
    Optional<Long> c = FieldErrors.integer(completions);
    Optional<Long> p = FieldErrors.integer(parallelism);
    Optional<Long> m = FieldErrors.integer(maxFailed);
    if (!completions.hasValue()) {
      r.report(mode, FieldErrors.required(FieldErrors.child(spec, "completions"), "when completion mode is Indexed"),
          "Set completions to the number of indexes (0 to completions-1)");
    }
    if (p.isPresent() && p.get() > MAX_PARALLELISM_INDEXED) {
      r.report(parallelism, FieldErrors.invalid(parallelism, "must be less than or equal to " + MAX_PARALLELISM_INDEXED
          + " when completion mode is Indexed"), "Lower parallelism to " + MAX_PARALLELISM_INDEXED + " or less");
    }
    if (c.isPresent() && m.isPresent() && m.get() > c.get()) {
      r.report(maxFailed, FieldErrors.invalid(maxFailed, "must be less than or equal to completions"),
          "Lower maxFailedIndexes to at most completions (" + c.get() + ")");
    }
    if (m.isPresent() && m.get() > MAX_FAILED_INDEXES) {
      r.report(maxFailed, FieldErrors.invalid(maxFailed, "must be less than or equal to " + MAX_FAILED_INDEXES),
          "Lower maxFailedIndexes to " + MAX_FAILED_INDEXES + " or less");
    }
    if (c.isPresent() && c.get() > COMPLETIONS_SOFT_LIMIT && perIndex.hasValue()) {
      String when = " when completions are above " + COMPLETIONS_SOFT_LIMIT + " and used with backoff limit per index";
      if (!maxFailed.hasValue()) {
        r.report(completions, FieldErrors.required(FieldErrors.child(spec, "maxFailedIndexes"),
            "must be specified when completions is above " + COMPLETIONS_SOFT_LIMIT),
            "Set maxFailedIndexes (at most " + MAX_FAILED_INDEXES_HIGH_COMPLETIONS + ")");
      }
      if (p.isPresent() && p.get() > PARALLELISM_HIGH_COMPLETIONS) {
        r.report(parallelism, FieldErrors.invalid(parallelism, "must be less than or equal to "
            + PARALLELISM_HIGH_COMPLETIONS + when), "Lower parallelism to " + PARALLELISM_HIGH_COMPLETIONS + " or less");
      }
      if (m.isPresent() && m.get() > MAX_FAILED_INDEXES_HIGH_COMPLETIONS) {
        r.report(maxFailed, FieldErrors.invalid(maxFailed, "must be less than or equal to "
            + MAX_FAILED_INDEXES_HIGH_COMPLETIONS + when),
            "Lower maxFailedIndexes to " + MAX_FAILED_INDEXES_HIGH_COMPLETIONS + " or less");
      }
    }
  }

  /** Reports an API server error with what happens to the object and the fix. */
  static final class Reporter {
    private final CheckContext ctx;
    private final String kind;

    Reporter(CheckContext ctx, String kind) {
      this.ctx = ctx;
      this.kind = kind;
    }

    void report(YamlNode at, String apiError, String fix) {
      ctx.report(at, apiError + ". The " + kind + " is not created. " + fix);
    }
  }
}

package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;
import java.util.Optional;

/**
 * {@code validateJobSpec} of pkg/apis/batch/validation, for a Job and for a CronJob's job
 * template: non-negative counts, the indexed-Job rules, podFailurePolicy rules (with
 * {@link PodFailurePolicyRules}), successPolicy (with {@link SuccessPolicyRules}) and
 * podReplacementPolicy. The restartPolicy a podFailurePolicy needs is restart-policy-job's.
 */
final class JobSpecInvalidCheck implements DocumentCheck<NoParams> {
  private static final List<String> NON_NEGATIVE = List.of("parallelism", "completions", "activeDeadlineSeconds",
      "backoffLimit", "ttlSecondsAfterFinished", "backoffLimitPerIndex", "maxFailedIndexes");
  static final long MAX_PARALLELISM_INDEXED = 100_000;
  static final long MAX_FAILED_INDEXES = 100_000;
  static final long COMPLETIONS_SOFT_LIMIT = 100_000;
  static final long PARALLELISM_HIGH_COMPLETIONS = 10_000;
  static final long MAX_FAILED_INDEXES_HIGH_COMPLETIONS = 10_000;
  static final int MAX_MANAGED_BY = 63;

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
    if (!"batch".equals(CronJobScheduleInvalidCheck.group(d.apiVersion()))) {
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
    checkManagedBy(spec.get("managedBy"), r);
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
      if ("Job".equals(d.kind())) {
        checkIndexedHostnames(d.root().at("metadata.name"), completions, r);
      }
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

  /** {@code validateJobSpec}: managedBy is a domain-prefixed path of at most 63 bytes. */
  private static void checkManagedBy(YamlNode managedBy, Reporter r) {
    if (!managedBy.isString() || Placeholders.isTemplated(managedBy.text())) {
      return;
    }
    String value = managedBy.text();
    String fix = "Name the controller that manages the Job as a domain-prefixed path, such as "
        + "kueue.x-k8s.io/multikueue, or remove managedBy to leave the Job to the built-in controller "
        + "(kubernetes.io/job-controller)";
    if (value.isEmpty()) {
      r.report(managedBy, FieldErrors.required(managedBy.path(), ""), fix);
      return;
    }
    for (ApiNames.PartError e : ApiNames.domainPrefixedPath(value)) {
      r.report(managedBy, FieldErrors.invalid(managedBy.path(), ApiErrors.quote(e.value()), e.message()), fix);
    }
    if (ApiNames.bytes(value) > MAX_MANAGED_BY) {
      r.report(managedBy, FieldErrors.tooLong(managedBy, MAX_MANAGED_BY), "Shorten managedBy to at most "
          + MAX_MANAGED_BY + " characters");
    }
  }

  /**
   * {@code ValidateJob}: an Indexed Job's Pods get the hostname {@code <job name>-<index>}, so the
   * name plus the largest index (completions - 1) must be a DNS label. Only a name that is itself
   * a valid object name is judged here; other names are object-name-invalid's.
   */
  private static void checkIndexedHostnames(YamlNode name, YamlNode completions, Reporter r) {
    Optional<Long> c = FieldErrors.integer(completions);
    if (!name.isString() || Placeholders.isTemplated(name.text()) || c.isEmpty() || c.get() <= 0
        || !ApiNames.nameIsDnsSubdomain(name.text(), false).isEmpty()) {
      return;
    }
    String hostname = name.text() + "-" + (c.get() - 1);
    if (ApiNames.dns1123Label(hostname).isEmpty()) {
      return;
    }
    r.report(name, FieldErrors.invalid(name, "will not able to create pod with invalid DNS label: " + hostname),
        "Each Pod of an Indexed Job is named and gets the hostname <job name>-<index>, which must be a DNS label "
        + "(at most 63 lowercase letters, digits and '-', no dots): shorten the name to at most "
        + (ApiNames.DNS1123_LABEL_MAX - 1 - String.valueOf(c.get() - 1).length()) + " characters without dots");
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

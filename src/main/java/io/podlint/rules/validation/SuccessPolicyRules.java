package io.podlint.rules.validation;

import io.podlint.parse.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code validateSuccessPolicy}, {@code validateSuccessPolicyRule}, {@code validateIndexesFormat}
 * and {@code parseIndexInterval} of pkg/apis/batch/validation, for an Indexed Job with
 * completions.
 */
final class SuccessPolicyRules {
  static final int MAX_RULES = 20;
  static final int MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;

  private SuccessPolicyRules() {}

  static void check(YamlNode policy, long completions, JobSpecInvalidCheck.Reporter r) {
    YamlNode rules = policy.get("rules");
    List<YamlNode> items = rules.items();
    if (items.isEmpty()) {
      r.report(rules.isPresent() ? rules : policy, FieldErrors.required(FieldErrors.child(policy, "rules"),
          "at least one rules must be specified when the successPolicy is specified"),
          "Add a rule with succeededIndexes or succeededCount, or remove successPolicy");
      return;
    }
    if (items.size() > MAX_RULES) {
      r.report(rules, FieldErrors.tooMany(rules, items.size(), MAX_RULES), "Keep at most " + MAX_RULES + " rules");
    }
    for (YamlNode rule : items) {
      if (rule.isMapping()) {
        checkRule(rule, completions, r);
      }
    }
  }

  private static void checkRule(YamlNode rule, long completions, JobSpecInvalidCheck.Reporter r) {
    YamlNode indexes = rule.get("succeededIndexes");
    YamlNode count = rule.get("succeededCount");
    if (!indexes.hasValue() && !count.hasValue()) {
      r.report(rule, FieldErrors.required(rule.path(), "at least one of succeededCount or succeededIndexes must be "
          + "specified"), "Set succeededIndexes (such as \"0-2,5\"), succeededCount, or both");
      return;
    }
    Long total = null;
    if (indexes.isString() && !FieldErrors.isTemplated(indexes)) {
      if (indexes.text().length() > MAX_SUCCEEDED_INDEXES_LENGTH) {
        r.report(indexes, indexes.path() + ": Too long: may not be more than " + MAX_SUCCEEDED_INDEXES_LENGTH
            + " bytes", "Shorten succeededIndexes by merging neighbouring indexes into intervals");
      }
      try {
        total = totalIndexes(indexes.text(), completions);
      } catch (IllegalArgumentException e) {
        r.report(indexes, FieldErrors.invalid(indexes, "error parsing succeededIndexes: " + e.getMessage()),
            "Write ascending, non-overlapping indexes or intervals below completions (" + completions
            + "), separated by commas, such as \"0,2-4\"");
      }
    }
    Optional<Long> c = FieldErrors.integer(count);
    if (c.isPresent()) {
      if (c.get() < 0) {
        r.report(count, FieldErrors.invalid(count, FieldErrors.NON_NEGATIVE), "Set succeededCount to 0 or more");
      }
      if (c.get() > completions) {
        r.report(count, FieldErrors.invalid(count, "must be less than or equal to " + completions
            + " (the number of specified completions)"), "Lower succeededCount to at most completions");
      }
      if (total != null && c.get() > total) {
        r.report(count, FieldErrors.invalid(count, "must be less than or equal to " + total
            + " (the number of indexes in the specified succeededIndexes field)"),
            "Lower succeededCount to at most the number of indexes listed in succeededIndexes");
      }
    }
  }

  /** validateIndexesFormat: the number of indexes, or the parser's error. */
  static long totalIndexes(String text, long completions) {
    if (text.isEmpty()) {
      return 0;
    }
    Long last = null;
    long total = 0;
    for (String interval : text.split(",", -1)) {
      String[] limits = interval.split("-", -1);
      if (limits.length > 2) {
        throw new IllegalArgumentException("the fragment \"" + interval
            + "\" violates the requirement that an index interval can have at most two parts separated by '-'");
      }
      long x = atoi(limits[0]);
      if (x >= completions) {
        throw new IllegalArgumentException("too large index: \"" + limits[0] + "\"");
      }
      long y = x;
      if (limits.length > 1) {
        y = atoi(limits[1]);
        if (y >= completions) {
          throw new IllegalArgumentException("too large index: \"" + limits[1] + "\"");
        }
        if (x >= y) {
          throw new IllegalArgumentException("non-increasing order, previous: " + x + ", current: " + y);
        }
      }
      if (last != null && last >= x) {
        throw new IllegalArgumentException("non-increasing order, previous: " + last + ", current: " + x);
      }
      total += y - x + 1;
      last = y;
    }
    return total;
  }

  private static long atoi(String s) {
    if (!s.matches("[+-]?[0-9]{1,18}")) {
      throw new IllegalArgumentException("cannot convert string to integer for index: \"" + s + "\"");
    }
    return Long.parseLong(s);
  }
}

package io.podlint.rules.validation;

import io.podlint.parse.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code validatePodFailurePolicy}, {@code validatePodFailurePolicyRule} and
 * {@code validatePodFailurePolicyRuleOnExitCodes} of pkg/apis/batch/validation. Enum values and
 * required fields are the schema rules'; an absent onPodConditions status defaults to True.
 */
final class PodFailurePolicyRules {
  static final int MAX_RULES = 20;
  static final int MAX_EXIT_CODE_VALUES = 255;
  static final int MAX_CONDITION_PATTERNS = 20;

  private PodFailurePolicyRules() {}

  static void check(YamlNode jobSpec, YamlNode policy, JobSpecInvalidCheck.Reporter r) {
    YamlNode rules = policy.get("rules");
    List<YamlNode> items = rules.items();
    if (items.size() > MAX_RULES) {
      r.report(rules, FieldErrors.tooMany(rules, items.size(), MAX_RULES), "Keep at most " + MAX_RULES + " rules");
    }
    Set<String> containers = new TreeSet<>();
    for (String list : List.of("containers", "initContainers")) {
      for (YamlNode c : jobSpec.at("template.spec").get(list).items()) {
        if (c.get("name").isScalar()) {
          containers.add(c.get("name").text());
        }
      }
    }
    for (YamlNode rule : items) {
      if (rule.isMapping()) {
        checkRule(jobSpec, rule, containers, r);
      }
    }
  }

  private static void checkRule(YamlNode jobSpec, YamlNode rule, Set<String> containers, JobSpecInvalidCheck.Reporter r) {
    YamlNode action = rule.get("action");
    if ("FailIndex".equals(action.text()) && !jobSpec.get("backoffLimitPerIndex").hasValue()) {
      r.report(action, FieldErrors.invalid(action, "requires the backoffLimitPerIndex to be set"),
          "Set spec.backoffLimitPerIndex (with completionMode: Indexed), or use action FailJob");
    }
    YamlNode onExitCodes = rule.get("onExitCodes");
    YamlNode onConditions = rule.get("onPodConditions");
    boolean hasExitCodes = onExitCodes.isMapping();
    boolean hasConditions = !onConditions.items().isEmpty();
    if (hasExitCodes) {
      checkExitCodes(onExitCodes, containers, r);
    }
    if (hasConditions && onConditions.items().size() > MAX_CONDITION_PATTERNS) {
      r.report(onConditions, FieldErrors.tooMany(onConditions, onConditions.items().size(), MAX_CONDITION_PATTERNS),
          "Keep at most " + MAX_CONDITION_PATTERNS + " patterns");
    }
    for (YamlNode pattern : onConditions.items()) {
      YamlNode type = pattern.get("type");
      if (type.isString() && !type.text().isEmpty() && !Placeholders.isTemplated(type.text())) {
        List<String> errs = io.podlint.k8s.ApiNames.qualifiedName(type.text());
        if (!errs.isEmpty()) {
          r.report(type, FieldErrors.invalid(type, String.join("; ", errs)), "A pod condition type is a qualified "
              + "name, such as DisruptionTarget or example.com/MyCondition");
        }
      }
    }
    if (hasExitCodes && hasConditions) {
      r.report(onConditions, rule.path() + ": Invalid value: \"\": specifying both OnExitCodes and OnPodConditions "
          + "is not supported", "Split it into two rules, one with onExitCodes and one with onPodConditions");
    } else if (!hasExitCodes && !hasConditions && !onExitCodes.isPresent() && !onConditions.isPresent()) {
      r.report(rule, rule.path() + ": Invalid value: \"\": specifying one of OnExitCodes and OnPodConditions is "
          + "required", "Say which failures the rule matches: onExitCodes or onPodConditions");
    }
  }

  private static void checkExitCodes(YamlNode onExitCodes, Set<String> containers, JobSpecInvalidCheck.Reporter r) {
    YamlNode containerName = onExitCodes.get("containerName");
    if (containerName.isScalar() && !FieldErrors.isTemplated(containerName) && !containers.isEmpty()
        && !containers.contains(containerName.text())) {
      r.report(containerName, FieldErrors.invalid(containerName,
          "must be one of the container or initContainer names in the pod template"),
          "Use one of " + io.podlint.rules.Text.quotedList(containers, "or") + ", or remove containerName to match "
          + "any container");
    }
    YamlNode values = onExitCodes.get("values");
    if (!values.isSequence()) {
      return; // missing: the schema's required rule
    }
    List<YamlNode> items = values.items();
    if (items.isEmpty()) {
      r.report(values, values.path() + ": Invalid value: []: at least one value is required",
          "List the exit codes the rule matches");
      return;
    }
    if (items.size() > MAX_EXIT_CODE_VALUES) {
      r.report(values, FieldErrors.tooMany(values, items.size(), MAX_EXIT_CODE_VALUES),
          "Keep at most " + MAX_EXIT_CODE_VALUES + " values (use NotIn to invert a long list)");
    }
    boolean in = "In".equals(onExitCodes.get("operator").text());
    Set<Long> seen = new HashSet<>();
    Long previous = null;
    boolean ordered = true;
    for (YamlNode item : items) {
      Optional<Long> v = FieldErrors.integer(item);
      if (v.isEmpty()) {
        return; // a type error, the schema's
      }
      if (in && v.get() == 0) {
        r.report(item, FieldErrors.invalid(item, "must not be 0 for the In operator"),
            "Remove 0: exit code 0 is success, which never triggers a pod failure policy");
      }
      if (!seen.add(v.get())) {
        r.report(item, FieldErrors.duplicate(item), "Remove the repeated exit code");
      }
      if (previous != null && previous > v.get()) {
        ordered = false;
      }
      previous = v.get();
    }
    if (!ordered) {
      r.report(values, values.path() + ": Invalid value: " + render(items) + ": must be ordered",
          "Sort the exit codes in ascending order");
    }
  }

  private static String render(List<YamlNode> items) {
    return "[]int32{" + String.join(", ", items.stream().map(YamlNode::text).toList()) + "}";
  }
}

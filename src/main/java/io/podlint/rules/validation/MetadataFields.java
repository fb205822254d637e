package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.k8s.LabelSelector;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Label maps and label selectors read from YAML and checked like apimachinery's
 * {@code ValidateLabels} and {@code ValidateLabelSelector}. Values that are not strings are left
 * to the schema rules (wrong type), so one mistake gives one finding.
 */
final class MetadataFields {
  private MetadataFields() {}

  /** An API error line and the node it belongs to. */
  record Problem(YamlNode at, String error) {}

  /** {@code ValidateLabels}: keys are qualified names, values label values. Path: the map's. */
  static List<Problem> labels(YamlNode map) {
    List<Problem> out = new ArrayList<>();
    if (!map.isMapping()) {
      return out;
    }
    for (YamlNode.Entry e : map.entries()) {
      if (e.key() == null || Placeholders.isTemplated(e.key())) {
        continue;
      }
      List<String> keyErrs = ApiNames.qualifiedName(e.key());
      if (!keyErrs.isEmpty()) {
        out.add(new Problem(e.keyNode(), ApiErrors.invalid(map.path(), e.key(), keyErrs)));
      }
      if (e.value().isString() && !Placeholders.isTemplated(e.value().text())) {
        List<String> valueErrs = ApiNames.labelValue(e.value().text());
        if (!valueErrs.isEmpty()) {
          out.add(new Problem(e.value(), ApiErrors.invalid(map.path(), e.value().text(), valueErrs)));
        }
      }
    }
    return out;
  }

  /** The string entries of a label map (what the API server decodes), in order. */
  static Map<String, String> labelMap(YamlNode map) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      if (e.key() != null && e.value().isScalar()) {
        out.put(e.key(), e.value().text());
      }
    }
    return out;
  }

  /**
   * {@code ValidateLabelSelector} with {@code AllowInvalidLabelValueInSelector: false}, as
   * workloads, affinity terms and spread constraints are validated on create.
   */
  static List<Problem> selector(YamlNode selector) {
    List<Problem> out = new ArrayList<>();
    if (!selector.isMapping()) {
      return out;
    }
    out.addAll(labels(selector.get("matchLabels")));
    List<YamlNode> exprs = selector.get("matchExpressions").items();
    for (YamlNode expr : exprs) {
      String path = expr.path();
      YamlNode op = expr.get("operator");
      YamlNode values = expr.get("values");
      if (op.isString()) {
        LabelSelector.Requirement r = new LabelSelector.Requirement("", op.text(), texts(values));
        String problem = r.problem();
        if (problem != null && LabelSelector.Requirement.OPERATORS.contains(op.text())) {
          boolean missing = values.items().isEmpty();
          out.add(new Problem(missing ? expr : values, missing
              ? ApiErrors.required(path + ".values", problem)
              : ApiErrors.forbidden(path + ".values", problem)));
        }
      }
      YamlNode key = expr.get("key");
      if (key.isString() && !Placeholders.isTemplated(key.text())) {
        List<String> errs = ApiNames.qualifiedName(key.text());
        if (!errs.isEmpty()) {
          out.add(new Problem(key, ApiErrors.invalid(path + ".key", key.text(), errs)));
        }
      }
      List<YamlNode> items = values.items();
      for (YamlNode v : items) {
        if (v.isString() && !Placeholders.isTemplated(v.text())) {
          List<String> errs = ApiNames.labelValue(v.text());
          if (!errs.isEmpty()) {
            out.add(new Problem(v, ApiErrors.invalid(v.path(), v.text(), errs)));
          }
        }
      }
    }
    return out;
  }

  /** The selector as the API server builds it, when it is well formed (else schema rules speak). */
  static Optional<LabelSelector> parse(YamlNode selector) {
    if (!selector.isMapping()) {
      return Optional.empty();
    }
    YamlNode ml = selector.get("matchLabels");
    if (ml.hasValue() && !ml.isMapping()) {
      return Optional.empty();
    }
    List<LabelSelector.Requirement> reqs = new ArrayList<>();
    YamlNode exprs = selector.get("matchExpressions");
    if (exprs.hasValue() && !exprs.isSequence()) {
      return Optional.empty();
    }
    for (YamlNode expr : exprs.items()) {
      String key = expr.get("key").text();
      String op = expr.get("operator").text();
      if (key == null || op == null) {
        return Optional.empty();
      }
      reqs.add(new LabelSelector.Requirement(key, op, texts(expr.get("values"))));
    }
    return Optional.of(new LabelSelector(labelMap(ml), reqs));
  }

  static List<String> texts(YamlNode seq) {
    List<String> out = new ArrayList<>();
    for (YamlNode v : seq.items()) {
      if (v.isScalar()) {
        out.add(v.text());
      }
    }
    return out;
  }
}

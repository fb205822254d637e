package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * {@code validateAffinity}: node affinity ({@code ValidateNodeSelector},
 * {@code ValidateNodeSelectorTerm}, {@code ValidateNodeSelectorRequirement},
 * {@code ValidateNodeFieldSelectorRequirement}, {@code ValidatePreferredSchedulingTerms}) and pod
 * (anti-)affinity terms ({@code validatePodAffinityTerm}, {@code validateWeightedPodAffinityTerms}).
 */
final class AffinityInvalidCheck implements WorkloadCheck<NoParams> {
  private static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
  private static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";
  /** MatchLabelKeysInPodAffinity: alpha in 1.29, on by default from 1.31; before, the fields are dropped. */
  static final int LABEL_KEYS_ON_SINCE = 31;

  @Override
  public String id() {
    return "affinity-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode affinity = w.podSpec().get("affinity");
    if (!affinity.isMapping()) {
      return;
    }
    YamlNode node = affinity.get("nodeAffinity");
    YamlNode required = node.get(REQUIRED);
    if (required.isMapping()) {
      YamlNode terms = required.get("nodeSelectorTerms");
      if (terms.isSequence() && terms.items().isEmpty()) {
        report(w, terms, ApiErrors.required(terms.path(), "must have at least one node selector term"),
            "Add a term with matchExpressions, or drop requiredDuringSchedulingIgnoredDuringExecution.", ctx);
      }
      for (YamlNode term : terms.items()) {
        nodeSelectorTerm(w, term, ctx);
      }
    }
    for (YamlNode preferred : node.get(PREFERRED).items()) {
      weight(w, preferred, ctx);
      nodeSelectorTerm(w, preferred.get("preference"), ctx);
    }
    for (String kind : List.of("podAffinity", "podAntiAffinity")) {
      YamlNode pod = affinity.get(kind);
      for (YamlNode term : pod.get(REQUIRED).items()) {
        podAffinityTerm(w, term, ctx);
      }
      for (YamlNode weighted : pod.get(PREFERRED).items()) {
        weight(w, weighted, ctx);
        podAffinityTerm(w, weighted.get("podAffinityTerm"), ctx);
      }
    }
  }

  private static void nodeSelectorTerm(Workload w, YamlNode term, CheckContext ctx) {
    for (YamlNode req : term.get("matchExpressions").items()) {
      String op = req.get("operator").text();
      YamlNode values = req.get("values");
      int n = values.items().size();
      String path = req.path() + ".values";
      if (op != null) {
        switch (op) {
          case "In", "NotIn" -> {
            if (n == 0) {
              report(w, req, ApiErrors.required(path, "must be specified when `operator` is 'In' or 'NotIn'"),
                  "List the label values to match, or use operator Exists.", ctx);
            }
          }
          case "Exists", "DoesNotExist" -> {
            if (n > 0) {
              report(w, values, ApiErrors.forbidden(path, "may not be specified when `operator` is 'Exists' or "
                  + "'DoesNotExist'"), "Drop the values, or use operator In.", ctx);
            }
          }
          case "Gt", "Lt" -> {
            if (n != 1) {
              report(w, n == 0 ? req : values, ApiErrors.required(path, "must be specified single value when "
                  + "`operator` is 'Lt' or 'Gt'"), "Give exactly one integer to compare the node label with.", ctx);
            }
          }
          default -> { }
        }
      }
      key(w, req.get("key"), "Use a valid node label key, such as topology.kubernetes.io/zone.", ctx);
    }
    for (YamlNode req : term.get("matchFields").items()) {
      String op = req.get("operator").text();
      YamlNode values = req.get("values");
      if (("In".equals(op) || "NotIn".equals(op)) && values.items().size() != 1) {
        report(w, values.isPresent() ? values : req, ApiErrors.required(req.path() + ".values", "must be only one "
            + "value when `operator` is 'In' or 'NotIn' for node field selector"), "Give exactly one node name.", ctx);
      } else if (op != null && !"In".equals(op) && !"NotIn".equals(op)) {
        report(w, req.get("operator"), ApiErrors.invalid(req.path() + ".operator", op, "not a valid selector operator"),
            "matchFields supports only In and NotIn.", ctx);
      }
      YamlNode key = req.get("key");
      if (key.isString() && !"metadata.name".equals(key.text())) {
        report(w, key, ApiErrors.invalid(req.path() + ".key", key.text(), "not a valid field selector key"),
            "matchFields supports only the key metadata.name; use matchExpressions for node labels.", ctx);
      } else if (key.isString()) {
        for (YamlNode v : values.items()) {
          if (v.isString() && !Placeholders.isTemplated(v.text())) {
            List<String> errs = ApiNames.nameIsDnsSubdomain(v.text(), false);
            if (!errs.isEmpty()) {
              report(w, v, ApiErrors.invalid(v.path(), v.text(), errs), "Use the node's name.", ctx);
            }
          }
        }
      }
    }
  }

  private static void podAffinityTerm(Workload w, YamlNode term, CheckContext ctx) {
    if (!term.isMapping()) {
      return;
    }
    for (String field : List.of("labelSelector", "namespaceSelector")) {
      for (MetadataFields.Problem p : MetadataFields.selector(term.get(field))) {
        report(w, p.at(), p.error(), "Fix the selector.", ctx);
      }
    }
    for (YamlNode ns : term.get("namespaces").items()) {
      if (ns.isString() && !Placeholders.isTemplated(ns.text())) {
        List<String> errs = ApiNames.nameIsDnsLabel(ns.text(), false);
        if (!errs.isEmpty()) {
          // upstream names the field "namespace" in this message
          report(w, ns, ApiErrors.invalid(term.path() + ".namespace", ns.text(), errs), "Use a namespace name.", ctx);
        }
      }
    }
    if (ctx.settings().kubernetesVersion().atLeast(LABEL_KEYS_ON_SINCE)) {
      labelKeys(w, term, ctx);
    }
    YamlNode topologyKey = term.get("topologyKey");
    if (topologyKey.isString() && topologyKey.text().isEmpty()) {
      report(w, topologyKey, ApiErrors.required(topologyKey.path(), "can not be empty"), "Name the node label "
          + "that defines the topology domain, such as kubernetes.io/hostname or topology.kubernetes.io/zone.", ctx);
    } else {
      key(w, topologyKey, "Use a node label key, such as kubernetes.io/hostname.", ctx);
    }
  }

  /**
   * {@code validateMatchLabelKeysAndMismatchLabelKeys}: both lists need a labelSelector, hold
   * label keys, and share no key. Overlap with the labelSelector itself is not judged: the API
   * server merges matchLabelKeys into the selector of Pods it creates before it looks.
   */
  private static void labelKeys(Workload w, YamlNode term, CheckContext ctx) {
    boolean selector = term.get("labelSelector").isMapping();
    java.util.Set<String> mismatch = new java.util.HashSet<>();
    for (YamlNode key : term.get("mismatchLabelKeys").items()) {
      mismatch.add(key.text(""));
    }
    for (String field : List.of("matchLabelKeys", "mismatchLabelKeys")) {
      YamlNode keys = term.get(field);
      if (keys.items().isEmpty()) {
        continue;
      }
      if (!selector) {
        report(w, keys, ApiErrors.forbidden(keys.path(), "must not be specified when labelSelector is not set"),
            "Add the labelSelector the keys refine, or drop " + field + ".", ctx);
        continue;
      }
      for (YamlNode key : keys.items()) {
        key(w, key, "List label keys of the Pod, such as pod-template-hash.", ctx);
        if (field.equals("matchLabelKeys") && key.isString() && mismatch.contains(key.text())) {
          report(w, key, ApiErrors.invalid(key.path(), key.text(), "exists in both matchLabelKeys and "
              + "mismatchLabelKeys"), "A key cannot both require the incoming Pod's value and exclude it: keep it "
              + "in one of the lists.", ctx);
        }
      }
    }
  }

  private static void weight(Workload w, YamlNode weighted, CheckContext ctx) {
    YamlNode weight = weighted.get("weight");
    Long v = weight.asLong().orElse(null);
    if (v != null && (v <= 0 || v > 100)) {
      report(w, weight, ApiErrors.invalid(weight.path(), v, "must be in the range 1-100"),
          "Use a weight from 1 to 100.", ctx);
    }
  }

  private static void key(Workload w, YamlNode key, String fix, CheckContext ctx) {
    if (key.isString() && !key.text().isEmpty() && !Placeholders.isTemplated(key.text())) {
      List<String> errs = ApiNames.qualifiedName(key.text());
      if (!errs.isEmpty()) {
        report(w, key, ApiErrors.invalid(key.path(), key.text(), errs), fix, ctx);
      }
    }
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}

package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * {@code validateTopologySpreadConstraints}: {@code ValidateMaxSkew}, {@code ValidateTopologyKey},
 * {@code ValidateSpreadConstraintNotRepeat}, {@code validateMinDomains}, matchLabelKeys as label
 * keys, and the label selector. Enums are the schema's. The overlap of matchLabelKeys with the
 * selector is left out: since 1.33 the API server merges those keys into the selector itself.
 */
final class TopologySpreadInvalidCheck implements WorkloadCheck<NoParams> {
  static final String NOT_POSITIVE = "must be greater than zero";

  @Override
  public String id() {
    return "topology-spread-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    List<YamlNode> constraints = w.podSpec().get("topologySpreadConstraints").items();
    for (int i = 0; i < constraints.size(); i++) {
      YamlNode c = constraints.get(i);
      if (!c.isMapping()) {
        continue;
      }
      YamlNode maxSkew = c.get("maxSkew");
      Long skew = maxSkew.asLong().orElse(null);
      if (skew != null && skew <= 0) {
        report(w, maxSkew, ApiErrors.invalid(maxSkew.path(), skew, NOT_POSITIVE), "maxSkew is the largest allowed "
            + "difference in matching Pods between two domains: use 1 or more.", ctx);
      }
      YamlNode topologyKey = c.get("topologyKey");
      String when = c.get("whenUnsatisfiable").text();
      if (topologyKey.isString() && topologyKey.text().isEmpty()) {
        report(w, topologyKey, ApiErrors.required(topologyKey.path(), "can not be empty"),
            "Name the node label that defines the domains, such as topology.kubernetes.io/zone.", ctx);
      }
      if (topologyKey.isString() && when != null) {
        for (int j = i + 1; j < constraints.size(); j++) {
          YamlNode other = constraints.get(j);
          if (topologyKey.text().equals(other.get("topologyKey").text()) && when.equals(
              other.get("whenUnsatisfiable").text())) {
            String pair = "{" + topologyKey.text() + ", " + when + "}";
            report(w, topologyKey, ApiErrors.duplicate(c.path() + ".{topologyKey, whenUnsatisfiable}", pair),
                "The constraint on line " + other.location().line() + " repeats this topologyKey and "
                    + "whenUnsatisfiable; merge the two into one constraint.", ctx);
            break;
          }
        }
      }
      YamlNode minDomains = c.get("minDomains");
      Long min = minDomains.asLong().orElse(null);
      if (min != null) {
        if (min <= 0) {
          report(w, minDomains, ApiErrors.invalid(minDomains.path(), min, NOT_POSITIVE), "Use 1 or more, or drop "
              + "minDomains.", ctx);
        }
        if (when != null && !"DoNotSchedule".equals(when)) {
          report(w, minDomains, ApiErrors.invalid(minDomains.path(), min, "can only use minDomains if "
              + "whenUnsatisfiable=DoNotSchedule, not " + when), "minDomains only applies to hard constraints: "
                  + "set whenUnsatisfiable: DoNotSchedule, or drop minDomains.", ctx);
        }
      }
      YamlNode selector = c.get("labelSelector");
      for (MetadataFields.Problem p : MetadataFields.selector(selector)) {
        report(w, p.at(), p.error(), "Fix the label selector.", ctx);
      }
      for (YamlNode key : c.get("matchLabelKeys").items()) {
        if (!key.isString() || Placeholders.isTemplated(key.text())) {
          continue;
        }
        List<String> errs = ApiNames.qualifiedName(key.text());
        if (!errs.isEmpty()) {
          report(w, key, ApiErrors.invalid(key.path(), key.text(), errs), "Use a label key.", ctx);
        }
      }
    }
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}

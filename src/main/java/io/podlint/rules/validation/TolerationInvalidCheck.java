package io.podlint.rules.validation;

import io.podlint.k8s.ApiNames;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * {@code ValidateTolerations}: a key is a qualified name; an empty key needs operator Exists;
 * tolerationSeconds only with effect NoExecute; Equal (or no operator) takes a label value,
 * Exists no value. Unknown operators and effects are the schema's (enum).
 */
final class TolerationInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "toleration-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (YamlNode t : w.podSpec().get("tolerations").items()) {
      if (!t.isMapping()) {
        continue;
      }
      String path = t.path();
      YamlNode key = t.get("key");
      YamlNode operator = t.get("operator");
      YamlNode value = t.get("value");
      YamlNode effect = t.get("effect");
      String k = key.text("");
      String op = operator.text("");
      String v = value.text("");
      if (Placeholders.isTemplated(k) || Placeholders.isTemplated(v)) {
        continue;
      }
      if (!k.isEmpty()) {
        List<String> errs = ApiNames.qualifiedName(k);
        if (!errs.isEmpty()) {
          report(w, key, ApiErrors.invalid(path + ".key", k, errs), "Use the taint's key exactly, such as "
              + "node-role.kubernetes.io/control-plane.", ctx);
        }
      } else if (!"Exists".equals(op)) {
        report(w, operator.isPresent() ? operator : t, ApiErrors.invalid(path + ".operator", op,
            "operator must be Exists when `key` is empty, which means \"match all values and all keys\""),
            "Add the taint's key, or set operator: Exists to tolerate every taint.", ctx);
      }
      if (t.get("tolerationSeconds").hasValue() && !"NoExecute".equals(effect.text(""))) {
        report(w, effect.isPresent() ? effect : t, ApiErrors.invalid(path + ".effect", effect.text(""),
            "effect must be 'NoExecute' when `tolerationSeconds` is set"), "tolerationSeconds says how long the "
                + "Pod stays bound after a NoExecute taint appears: set effect: NoExecute, or drop tolerationSeconds.",
            ctx);
      }
      switch (op) {
        case "", "Equal" -> {
          List<String> errs = ApiNames.labelValue(v);
          if (!errs.isEmpty()) {
            report(w, value, ApiErrors.invalid(path + ".operator", v, String.join(";", errs)),
                "Use the taint's value exactly (a label value), or operator: Exists to match any value.", ctx);
          }
        }
        case "Exists" -> {
          if (!v.isEmpty()) {
            report(w, value, ApiErrors.invalid(path + ".operator", v, "value must be empty when `operator` is "
                + "'Exists'"), "Drop the value to tolerate the key with any value, or use operator: Equal.", ctx);
          }
        }
        default -> { }
      }
    }
  }

  private static void report(Workload w, YamlNode at, String error, String fix, CheckContext ctx) {
    ctx.report(at, null, ApiErrors.rejectedPodSpec(w, error, fix), ApiErrors.podSpecConsequence(w));
  }
}

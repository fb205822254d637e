package io.podlint.rules.restart;

import io.podlint.model.Fix;
import io.podlint.parse.NodeEdits;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** {@code spec.restartPolicy} must be Always, OnFailure or Never, spelled exactly. */
final class RestartPolicyInvalidCheck implements WorkloadCheck<NoParams> {
  static final List<String> VALUES = List.of("Always", "OnFailure", "Never");

  /** Null-safe: a mapping or list has no text and is not a valid value. */
  static boolean isValid(String value) {
    return value != null && VALUES.contains(value);
  }

  @Override
  public String id() {
    return "restart-policy-value";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode value = w.podSpec().get("restartPolicy");
    if (!value.hasValue() || isValid(value.text())) {
      return;
    }
    String shown = value.isScalar() ? "\"" + value.text() + "\"" : "a " + (value.isMapping() ? "mapping" : "list");
    Fix fix = value.isString() ? Text.caseOnlyMatch(value.text(), VALUES)
        .flatMap(v -> NodeEdits.replaceScalar(value, v).map(e -> Fix.of("write \"" + v + "\"", e))).orElse(null) : null;
    ctx.report(value, null, null, "restartPolicy %s is not supported; use %s%s"
        .formatted(shown, Text.quotedList(VALUES, "or"), Text.didYouMean(value.text(), VALUES)), null, fix);
  }
}

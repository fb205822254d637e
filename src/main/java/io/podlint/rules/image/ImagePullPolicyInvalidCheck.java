package io.podlint.rules.image;

import io.podlint.k8s.PullPolicy;
import io.podlint.model.ContainerView;
import io.podlint.model.Fix;
import io.podlint.model.Workload;
import io.podlint.parse.NodeEdits;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;

/** {@code imagePullPolicy} must be Always, IfNotPresent or Never, spelled exactly (empty means the default). */
final class ImagePullPolicyInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "image-pull-policy-invalid";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      YamlNode value = c.get("imagePullPolicy");
      if (PullPolicy.isDefaulted(value) || (value.isString() && PullPolicy.VALUES.contains(value.text()))) {
        continue;
      }
      String shown = value.isString() ? GoStrings.quote(value.text())
          : value.isScalar() ? value.text() + " (not a string)" : value.isMapping() ? "a mapping" : "a list";
      Fix fix = value.isString() ? Text.caseOnlyMatch(value.text(), PullPolicy.VALUES)
          .flatMap(v -> NodeEdits.replaceScalar(value, v).map(e -> Fix.of("write \"" + v + "\"", e))).orElse(null) : null;
      ctx.report(value, null, c, "%s has imagePullPolicy %s, which is not supported: the API server rejects the %s; use %s%s"
          .formatted(c.describe(), shown, w.kind(), Text.quotedList(PullPolicy.VALUES, "or"),
              value.isScalar() ? Text.didYouMean(value.text(), PullPolicy.VALUES) : ""), null, fix);
    }
  }
}

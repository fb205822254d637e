package io.podlint.rules.security;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * A Pod that mounts its ServiceAccount token: {@code spec.automountServiceAccountToken} unset
 * (the ServiceAccount decides, true by default) or true.
 */
final class HardeningServiceAccountTokenCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "hardening-service-account-token";
  }

  /** automountServiceAccountToken: true, written out. */
  private static final PolicyText EXPLICIT = PolicyText.of("explicitMessage", "account");
  /** automountServiceAccountToken left out: the ServiceAccount decides. */
  private static final PolicyText DEFAULTED = PolicyText.of("defaultedMessage", "account");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(EXPLICIT, DEFAULTED);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.podSpec();
    YamlNode automount = spec.get("automountServiceAccountToken");
    if (automount.hasValue() && (!automount.isBool() || !automount.isTrue())) {
      return;
    }
    String account = spec.get("serviceAccountName").text("default");
    ctx.report(automount.hasValue() ? automount : spec, automount.hasValue()
        ? ctx.text(EXPLICIT, account) : ctx.text(DEFAULTED, account));
  }
}

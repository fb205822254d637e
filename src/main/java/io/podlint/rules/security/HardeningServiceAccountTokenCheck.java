package io.podlint.rules.security;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/**
 * A Pod that mounts its ServiceAccount token: {@code spec.automountServiceAccountToken} unset
 * (the ServiceAccount decides, true by default) or true.
 */
final class HardeningServiceAccountTokenCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "hardening-service-account-token";
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
        ? "the Pod mounts the token of ServiceAccount \"%s\" (automountServiceAccountToken: true): every container can call the API server with its permissions. Set it to false unless the application talks to the API server".formatted(account)
        : "the Pod mounts the token of ServiceAccount \"%s\" unless that ServiceAccount sets automountServiceAccountToken: false: every container can call the API server with its permissions. Set spec.automountServiceAccountToken: false unless the application talks to the API server".formatted(account));
  }
}

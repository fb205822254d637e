package io.podlint.rules.restart;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * A container-level {@code restartPolicy} is only allowed on init containers, and only as
 * {@code Always} (a native sidecar), unless the cluster enables the ContainerRestartRules gate.
 */
final class ContainerRestartPolicyCheck implements WorkloadCheck<ContainerRestartPolicyCheck.Params> {

  /** @param containerRestartRules the cluster enables the ContainerRestartRules feature gate */
  record Params(boolean containerRestartRules) {}

  @Override
  public String id() {
    return "container-restart-policy";
  }

  private static final PolicyText RULES_WITHOUT_POLICY = PolicyText.of("rulesWithoutPolicyMessage", "container");
  private static final PolicyText EPHEMERAL = PolicyText.of("ephemeralMessage", "container");
  /** {name} is the container's name, {value} its restartPolicy. */
  private static final PolicyText INIT = PolicyText.of("initMessage", "name", "value");
  /** A regular container where container restart rules are off: only init containers may set it. */
  private static final PolicyText REGULAR = PolicyText.of("regularMessage", "name", "value");
  private static final PolicyText INVALID_VALUE = PolicyText.of("invalidValueMessage", "name", "value");

  @Override
  public List<PolicyText> texts(Params params) {
    return List.of(RULES_WITHOUT_POLICY, EPHEMERAL, INIT, REGULAR, INVALID_VALUE);
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      YamlNode value = c.get("restartPolicy");
      if (!value.hasValue()) {
        if (c.get("restartPolicyRules").hasValue() && c.type() != ContainerView.Type.EPHEMERAL) {
          ctx.report(c.get("restartPolicyRules"), c,
              ctx.text(RULES_WITHOUT_POLICY, c.describe()));
        }
        continue;
      }
      String v = value.text();
      switch (c.type()) {
        case EPHEMERAL -> ctx.report(value, c, ctx.text(EPHEMERAL, c.describe()));
        case INIT -> {
          if (!params.containerRestartRules() || !RestartPolicyInvalidCheck.isValid(v)) {
            ctx.report(value, c, ctx.text(INIT, c.name(), v));
          }
        }
        case SIDECAR -> { }
        case REGULAR -> {
          if (!params.containerRestartRules()) {
            ctx.report(value, c, ctx.text(REGULAR, c.name(), v));
          } else if (!RestartPolicyInvalidCheck.isValid(v)) {
            ctx.report(value, c, ctx.text(INVALID_VALUE, c.name(), v));
          }
        }
        default -> throw new IllegalStateException("unexpected container type " + c.type());
      }
    }
  }
}

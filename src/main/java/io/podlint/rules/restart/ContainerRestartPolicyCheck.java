package io.podlint.rules.restart;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;

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
              "%s sets restartPolicyRules without a container restartPolicy; the API server rejects rules unless restartPolicy is set explicitly"
                  .formatted(c.describe()));
        }
        continue;
      }
      String v = value.text();
      switch (c.type()) {
        case EPHEMERAL -> ctx.report(value, c, "%s may not set restartPolicy; the API server rejects it".formatted(c.describe()));
        case INIT -> {
          if (!params.containerRestartRules() || !RestartPolicyInvalidCheck.isValid(v)) {
            ctx.report(value, c, "init container \"%s\" has restartPolicy \"%s\"; only \"Always\" (a native sidecar) is allowed, so the API server rejects it"
                .formatted(c.name(), v));
          }
        }
        case SIDECAR -> { }
        case REGULAR -> {
          if (!params.containerRestartRules()) {
            ctx.report(value, c, "container \"%s\" sets restartPolicy \"%s\"; only init containers may (restartPolicy \"Always\" makes them sidecars), so the API server rejects it. To run it as a sidecar, move it to initContainers"
                .formatted(c.name(), v));
          } else if (!RestartPolicyInvalidCheck.isValid(v)) {
            ctx.report(value, c, "container \"%s\" has restartPolicy \"%s\"; use \"Always\", \"OnFailure\" or \"Never\""
                .formatted(c.name(), v));
          }
        }
        default -> throw new IllegalStateException("unexpected container type " + c.type());
      }
    }
  }
}

package io.podlint.rules.termination;

import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/** A Deployment (or OpenShift DeploymentConfig) that runs several replicas but replaces them all at once on every rollout. */
final class RecreateMultipleReplicasCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "recreate-multiple-replicas";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "DeploymentConfig");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!"Deployment".equals(w.kind()) && !"DeploymentConfig".equals(w.kind())) {
      return;
    }
    YamlNode type = w.document().root().at("spec.strategy.type");
    Optional<Long> replicas = w.document().root().at("spec.replicas").asLong(); // absent: 1
    if (!"Recreate".equals(type.text()) || replicas.isEmpty() || replicas.get() <= 1) {
      return;
    }
    ctx.report(type, ("strategy Recreate with %d replicas: every rollout first stops all %d Pods (each gets its "
        + "preStop hook, SIGTERM and grace period) and only then starts the new ones, so the Deployment serves nothing "
        + "until the new Pods are Ready. Use RollingUpdate (with maxUnavailable: 0 for no lost capacity), unless two "
        + "versions must never run side by side").formatted(replicas.get(), replicas.get()));
  }
}

package io.podlint.rules.termination;

import io.podlint.model.RolloutStrategy;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rolling update that may neither add a Pod (maxSurge) nor remove one (maxUnavailable) can
 * never progress, so the API server rejects it. Defaults: 25%/25% for Deployments, maxSurge 0
 * and maxUnavailable 1 for DaemonSets.
 */
final class RolloutSurgeUnavailableZeroCheck implements WorkloadCheck<NoParams> {
  /** Zero as the API server reads an int-or-percent: 0, "0", "0%", "00%". */
  private static final Pattern ZERO = Pattern.compile("0+%?");

  @Override
  public String id() {
    return "rollout-surge-unavailable-zero";
  }

  /** An Argo Rollout's canary with both at zero: its controller refuses it. */
  private static final PolicyText CANARY_MESSAGE = PolicyText.of("canaryMessage", "maxUnavailable", "maxSurge");
  private static final PolicyText CANARY_CONSEQUENCE = PolicyText.of("canaryConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(CANARY_MESSAGE, CANARY_CONSEQUENCE);
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "DaemonSet", "DeploymentConfig", "Rollout");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if ("DeploymentConfig".equals(w.kind())) {
      checkDeploymentConfig(w, ctx);
      return;
    }
    if ("Rollout".equals(w.kind())) {
      checkRollout(w, ctx);
      return;
    }
    Optional<YamlNode> strategy = RolloutStrategy.ofKind(w);
    if (strategy.isEmpty() || !RolloutStrategy.isRollingUpdate(w, strategy.get())) {
      return;
    }
    YamlNode rollingUpdate = strategy.get().get("rollingUpdate");
    YamlNode surge = rollingUpdate.get("maxSurge");
    YamlNode unavailable = rollingUpdate.get("maxUnavailable");
    if (!isZero(unavailable)) {
      return; // an absent maxUnavailable defaults to 25% (Deployment) or 1 (DaemonSet)
    }
    if ("Deployment".equals(w.kind()) && isZero(surge)) {
      ctx.report(unavailable, ("maxUnavailable is %s and maxSurge is %s: the rollout could neither start a new Pod "
          + "nor stop an old one, so the API server rejects the Deployment (\"may not be 0 when `maxSurge` is 0\"). "
          + "For updates without lost capacity keep maxUnavailable: 0 and set maxSurge to 1 or 25%%")
          .formatted(shown(unavailable), shown(surge)));
    } else if ("DaemonSet".equals(w.kind()) && (!surge.hasValue() || isZero(surge))) {
      ctx.report(unavailable, ("maxUnavailable is %s and maxSurge is %s: the rollout could neither start a new Pod "
          + "on a node nor stop the old one, so the API server rejects the DaemonSet (\"cannot be 0 when maxSurge is 0\"). "
          + "Keep maxUnavailable at 1 (the default), or set maxSurge: 1 with maxUnavailable: 0 if the Pods use no hostPort")
          .formatted(shown(unavailable), surge.hasValue() ? shown(surge) : "0 (the DaemonSet default)"));
    }
  }

  /**
   * A DeploymentConfig's Rolling strategy (the default type) keeps its parameters in rollingParams,
   * both defaulting to 25%; openshift-apiserver validateRollingParams rejects both at 0.
   */
  private static void checkDeploymentConfig(Workload w, CheckContext ctx) {
    YamlNode strategy = w.document().root().at("spec.strategy");
    if (!"Rolling".equals(strategy.get("type").text("Rolling"))) {
      return;
    }
    YamlNode params = strategy.get("rollingParams");
    YamlNode surge = params.get("maxSurge");
    YamlNode unavailable = params.get("maxUnavailable");
    if (isZero(unavailable) && isZero(surge)) {
      ctx.report(unavailable, ("maxUnavailable is %s and maxSurge is %s: the rollout could neither start a new Pod "
          + "nor stop an old one, so the API server rejects the DeploymentConfig (\"cannot be 0 when maxSurge is 0 as well\"). "
          + "For updates without lost capacity keep maxUnavailable: 0 and set maxSurge to 1 or 25%%")
          .formatted(shown(unavailable), shown(surge)));
    }
  }

  /**
   * An Argo Rollout's canary takes maxSurge and maxUnavailable like a Deployment, both defaulting
   * to 25% (argo-rollouts utils/defaults GetMaxSurgeOrDefault, GetMaxUnavailableOrDefault); the
   * controller's invalidMaxSurgeMaxUnavailable refuses both at 0. The API server accepts the
   * custom resource, so the controller marks it InvalidSpec instead. A blueGreen strategy has
   * no maxSurge and is not checked there.
   */
  private static void checkRollout(Workload w, CheckContext ctx) {
    YamlNode canary = w.document().root().at("spec.strategy.canary");
    YamlNode surge = canary.get("maxSurge");
    YamlNode unavailable = canary.get("maxUnavailable");
    if (canary.isMapping() && isZero(unavailable) && isZero(surge)) {
      ctx.report(unavailable, null, ctx.text(CANARY_MESSAGE, shown(unavailable), shown(surge)),
          ctx.text(CANARY_CONSEQUENCE));
    }
  }

  private static boolean isZero(YamlNode n) {
    if (n.isInt()) {
      return n.asLong().equals(Optional.of(0L));
    }
    return n.isString() && ZERO.matcher(n.text()).matches();
  }

  private static String shown(YamlNode n) {
    return n.isString() ? "\"" + n.text() + "\"" : n.text();
  }
}

package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.Optional;

/** A controller's update strategy after defaulting. */
public final class RolloutStrategy {
  private RolloutStrategy() {}

  /** {@code spec.strategy} of a Deployment, {@code spec.updateStrategy} of a StatefulSet or DaemonSet. */
  public static Optional<YamlNode> ofKind(Workload w) {
    YamlNode spec = w.document().root().get("spec");
    return switch (w.kind()) {
      case "Deployment" -> Optional.of(spec.get("strategy"));
      case "StatefulSet", "DaemonSet" -> Optional.of(spec.get("updateStrategy"));
      default -> Optional.empty();
    };
  }

  /** The strategy type, defaulted: OnDelete for the old beta StatefulSet and DaemonSet APIs, else RollingUpdate. */
  public static String type(Workload w, YamlNode strategy) {
    return type(w.kind(), w.document().apiVersion(), strategy);
  }

  /** {@link #type(Workload, YamlNode)} for an object of {@code kind} and {@code apiVersion}. */
  public static String type(String kind, String apiVersion, YamlNode strategy) {
    String type = strategy.get("type").text();
    if (type != null && !type.isEmpty()) {
      return type;
    }
    boolean onDeleteDefault = ("StatefulSet".equals(kind) && "apps/v1beta1".equals(apiVersion))
        || ("DaemonSet".equals(kind) && "extensions/v1beta1".equals(apiVersion));
    return onDeleteDefault ? "OnDelete" : "RollingUpdate";
  }

  public static boolean isRollingUpdate(Workload w, YamlNode strategy) {
    return "RollingUpdate".equals(type(w, strategy));
  }

  /**
   * An update that replaces Pods step by step and moves on once the new Pods are Ready.
   *
   * @param at where a finding about the update goes: the strategy, or the pod template when it is defaulted
   * @param name for messages: "rolling update", "canary update", "blue-green update"
   */
  public record Gradual(YamlNode at, String name) {}

  /**
   * The gradual update of the workload, if it has one: RollingUpdate of a Deployment, StatefulSet
   * or DaemonSet; Rolling (the default type) of a DeploymentConfig; an Argo Rollout's canary, or
   * its blueGreen when auto-promoted (the default: argo-rollouts rolloutBlueGreen switches the
   * active Service as soon as the new ReplicaSet is available). A blueGreen with
   * {@code autoPromotionEnabled: false} waits for a person to promote it.
   */
  public static Optional<Gradual> gradual(Workload w) {
    YamlNode strategy = w.document().root().at("spec.strategy");
    switch (w.kind()) {
      case "DeploymentConfig" -> {
        return "Rolling".equals(strategy.get("type").text("Rolling"))
            ? Optional.of(new Gradual(strategy.isPresent() ? strategy : w.template(), "rolling update"))
            : Optional.empty();
      }
      case "Rollout" -> {
        YamlNode canary = strategy.get("canary");
        YamlNode blueGreen = strategy.get("blueGreen");
        if (canary.isMapping() == blueGreen.isMapping()) {
          return Optional.empty(); // none or both: the controller refuses the spec
        }
        if (canary.isMapping()) {
          return Optional.of(new Gradual(canary, "canary update"));
        }
        return "false".equals(blueGreen.get("autoPromotionEnabled").text())
            ? Optional.empty() : Optional.of(new Gradual(blueGreen, "blue-green update"));
      }
      default -> {
        Optional<YamlNode> s = ofKind(w);
        return s.filter(n -> isRollingUpdate(w, n))
            .map(n -> new Gradual(n.isPresent() ? n : w.template(), "rolling update"));
      }
    }
  }
}

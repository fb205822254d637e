package io.podlint.rules.termination;

import io.podlint.model.Workload;
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

  static boolean isRollingUpdate(Workload w, YamlNode strategy) {
    return "RollingUpdate".equals(type(w, strategy));
  }
}

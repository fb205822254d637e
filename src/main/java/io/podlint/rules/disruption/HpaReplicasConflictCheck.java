package io.podlint.rules.disruption;

import io.podlint.model.Workload;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Autoscaler;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * A workload that sets {@code spec.replicas} while an HPA of the input (in its folder tree) names
 * it in scaleTargetRef: every apply of the manifest sets the scale back to that number.
 */
final class HpaReplicasConflictCheck implements WorkloadCheck<NoParams> {

  static final List<String> SCALABLE = List.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController",
      "DeploymentConfig", "Rollout");

  @Override
  public String id() {
    return "hpa-replicas-conflict";
  }

  @Override
  public List<String> defaultKinds() {
    return SCALABLE;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode replicas = w.document().root().at("spec.replicas");
    if (!SCALABLE.contains(w.kind()) || !replicas.isInt() || w.document().name() == null) {
      return;
    }
    Anchor at = ctx.anchor(replicas, null);
    String apiVersion = w.document().apiVersion();
    String kind = w.kind();
    String namespace = w.namespace();
    String name = w.document().name();
    String value = replicas.text();
    ctx.afterIndex(ix -> {
      WorkloadFacts facts = ix.index().workloadFacts();
      List<Autoscaler> hpas = facts.autoscalersOf(apiVersion, kind, namespace, name, ix.source());
      if (!hpas.isEmpty()) {
        Autoscaler a = hpas.get(0);
        ix.report(at, ("replicas: %s is set while %s scales %s/%s (minReplicas %d, maxReplicas %s): every kubectl apply "
            + "or GitOps sync of this manifest sets the scale back to %s, and the HPA then scales it again")
            .formatted(value, Related.name(a), kind, name, a.minReplicas(),
                a.maxReplicas() == null ? "?" : a.maxReplicas().toString(), value));
      }
    });
  }
}

package io.podlint.rules.restart;

import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** A Pod that no controller owns is not recreated when its node fails or it is evicted. */
final class BarePodCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "bare-pod";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Pod");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!w.isBarePod() || w.document().root().at("metadata.ownerReferences").hasValue()
        || w.document().root().at("metadata.annotations").has("helm.sh/hook")) {
      return;
    }
    String name = w.document().name() == null ? "<unnamed>" : w.document().name();
    ctx.report(w.document().root().get("kind"), "Pod \"" + name + "\" is not managed by a controller: the kubelet "
        + "restarts its containers on the same node, but nothing recreates the Pod if the node fails, drains or evicts it");
  }
}

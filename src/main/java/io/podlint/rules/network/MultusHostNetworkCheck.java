package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** Host-network Pods get no CNI call, so Multus never sees their annotations. */
final class MultusHostNetworkCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "multus-host-network";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode hostNetwork = w.podSpec().get("hostNetwork");
    if (!hostNetwork.isTrue()) {
      return;
    }
    YamlNode annotations = MultusAnnotations.pod(w).annotations();
    for (String key : List.of(AnnotationKeys.NETWORKS, AnnotationKeys.DEFAULT_NETWORK)) {
      MultusAnnotations.entry(annotations, key)
          .filter(e -> !e.value().text("").isBlank())
          .ifPresent(e -> ctx.report(e.keyNode(), null,
              ("annotation \"%s\" is ignored: the Pod sets hostNetwork: true (line %d), so it runs in the node's network namespace"
                  + " and no CNI plugin, Multus included, is called for it; remove hostNetwork to attach networks with Multus, or remove the annotation")
                  .formatted(key, hostNetwork.location().line())));
    }
  }
}

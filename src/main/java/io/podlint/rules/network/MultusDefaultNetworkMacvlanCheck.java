package io.podlint.rules.network;

import io.podlint.k8s.multus.NadConfig;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.rules.CheckContext;
import io.podlint.rules.network.PodNetworks.NadRef;
import java.util.Optional;

/** {@code default-network} pointing at a macvlan/ipvlan NetworkAttachmentDefinition. */
final class MultusDefaultNetworkMacvlanCheck extends NadReferenceCheck {

  @Override
  public String id() {
    return "multus-default-network-macvlan";
  }

  @Override
  void check(Pod pod, NadRef ref, CheckContext.Indexed out) {
    if (!ref.defaultNetwork()) {
      return;
    }
    Optional<IndexedObject> nad = find(out, ref);
    Optional<NadConfig.Plugin> plugin = nad.flatMap(NadReferenceCheck::config).flatMap(NadReferenceCheck::macvlanLike);
    if (plugin.isEmpty()) {
      return;
    }
    out.report(ref.at(), ("%s makes %s, a %s network, the Pod's primary network (eth0): a %s interface cannot talk to its master"
        + " interface on the same host, so the kubelet cannot reach the Pod (probes fail) and Services, DNS and NetworkPolicy of the cluster"
        + " network stop working; keep the cluster network (e.g. Calico) as default and attach %s through %s")
        .formatted(annotation(ref), describe(nad.get()), plugin.get().type(), plugin.get().type(), plugin.get().type(),
            io.podlint.k8s.multus.AnnotationKeys.NETWORKS));
  }
}

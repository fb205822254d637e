package io.podlint.rules.network;

import io.podlint.k8s.multus.NadConfig;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.rules.CheckContext;
import io.podlint.rules.network.PodNetworks.NadRef;
import java.util.Optional;

/**
 * Calico (or any primary CNI) plus macvlan: a macvlan/ipvlan NetworkAttachmentDefinition whose IPAM
 * installs a default route, attached by a Pod that asked no element for {@code default-route}.
 */
final class MultusMacvlanDefaultRouteCheck extends NadReferenceCheck {

  @Override
  public String id() {
    return "multus-macvlan-default-route";
  }

  @Override
  void check(Pod pod, NadRef ref, CheckContext.Indexed out) {
    if (ref.defaultNetwork() || pod.filtersDefaultRoutes()) {
      return; // with default-route somewhere, Multus removes every other default gateway
    }
    Optional<IndexedObject> nad = find(out, ref);
    Optional<NadConfig> cfg = nad.flatMap(NadReferenceCheck::config);
    if (cfg.isEmpty() || macvlanLike(cfg.get()).isEmpty() || !cfg.get().mayInstallDefaultRoute()) {
      return;
    }
    String how = cfg.get().installsDefaultRoute() ? "its IPAM routes 0.0.0.0/0 (or ::/0)"
        : "its DHCP IPAM takes the router the DHCP server offers";
    out.report(ref.at(), ("%s attaches %s as %s, and %s: the Pod gets a second default route through %s, so traffic meant"
        + " for the cluster network on eth0 (Services, DNS, the API server) can leave through the secondary network and the Pod loses connectivity;"
        + " give the NetworkAttachmentDefinition routes to specific subnets only, or request \"default-route\" on the element that should carry it")
        .formatted(annotation(ref), describe(nad.get()), ref.interfaceName(), how, macvlanLike(cfg.get()).get().type()));
  }
}

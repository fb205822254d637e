package io.podlint.rules.network;

import io.podlint.k8s.multus.NadConfig;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.rules.CheckContext;
import io.podlint.rules.network.PodNetworks.NadRef;
import io.podlint.rules.network.PodNetworks.Request;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ips}, {@code mac}, {@code infiniband-guid}, {@code portMappings} or {@code bandwidth}
 * requested of a NetworkAttachmentDefinition none of whose plugins declares the matching capability:
 * the runtime passes capability arguments only to plugins that declare them.
 */
final class MultusCapabilityMissingCheck extends NadReferenceCheck {
  private static final Map<String, String> HOW = Map.of(
      "ips", "declare \"capabilities\": {\"ips\": true} on the plugin whose IPAM honours it (e.g. macvlan with \"ipam\": {\"type\": \"static\"})",
      "mac", "add a \"tuning\" plugin with \"capabilities\": {\"mac\": true} (or declare it on a plugin that sets MACs, such as macvlan)",
      "infinibandGUID", "declare \"capabilities\": {\"infinibandGUID\": true} on the InfiniBand plugin (e.g. ib-sriov)",
      "portMappings", "add a \"portmap\" plugin with \"capabilities\": {\"portMappings\": true}",
      "bandwidth", "add a \"bandwidth\" plugin with \"capabilities\": {\"bandwidth\": true}");

  @Override
  public String id() {
    return "multus-capability-missing";
  }

  @Override
  void check(Pod pod, NadRef ref, CheckContext.Indexed out) {
    Optional<IndexedObject> nad = find(out, ref);
    Optional<NadConfig> cfg = nad.flatMap(NadReferenceCheck::config);
    if (cfg.isEmpty()) {
      return;
    }
    for (Request r : ref.requests()) {
      if (!cfg.get().honours(r.capability())) {
        out.report(r.at(), ("%s requests \"%s\" for %s, but none of its plugins (%s) declares the \"%s\" capability:"
            + " Multus hands the request only to plugins that declare it, so it is silently dropped (the spec says the attachment should fail); %s")
            .formatted(annotation(ref), r.key(), describe(nad.get()), String.join(", ", cfg.get().types()),
                r.capability(), HOW.get(r.capability())));
      }
    }
  }
}

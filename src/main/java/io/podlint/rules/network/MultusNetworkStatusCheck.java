package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** {@code network-status} is Multus' output: a value written in a manifest is stale or overwritten. */
final class MultusNetworkStatusCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "multus-network-status";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (MultusAnnotations.Place place : MultusAnnotations.all(w)) {
      for (String key : List.of(AnnotationKeys.NETWORK_STATUS, AnnotationKeys.NETWORKS_STATUS_LEGACY)) {
        MultusAnnotations.entry(place.annotations(), key).ifPresent(e -> ctx.report(e.keyNode(), null,
            ("annotation \"%s\" on %s is Multus' report of the attached networks, written after each Pod's networks are set up:"
                + " a value in the manifest is %s and misleads readers (it was probably copied from `kubectl get -o yaml`); remove it")
                .formatted(key, place.where(), place.read() ? "overwritten" : "never updated")));
      }
    }
  }
}

package io.podlint.rules.disruption;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Autoscaler;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * An HPA that scales a workload on the utilization of a resource (a percentage of the request)
 * while a container of its Pods requests none of it: the replica calculator fails with "missing
 * request for cpu in container ..." (calculatePodRequests) and the HPA does not scale. Regular
 * containers and sidecars count, as there; a limit counts as the request it defaults to, and a
 * pod-level request covers every container.
 */
final class HpaUtilizationWithoutRequestsCheck implements WorkloadCheck<NoParams> {

  private record Missing(String container, String resource, Anchor at) {}

  @Override
  public String id() {
    return "hpa-utilization-without-requests";
  }

  @Override
  public List<String> defaultKinds() {
    return HpaReplicasConflictCheck.SCALABLE;
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!HpaReplicasConflictCheck.SCALABLE.contains(w.kind()) || w.document().name() == null) {
      return;
    }
    List<Missing> missing = new ArrayList<>();
    for (String resource : List.of("cpu", "memory")) {
      YamlNode pod = w.podSpec().get("resources");
      if (!pod.hasValue() || pod.isMapping() && !pod.at("requests." + resource).hasValue()
          && !pod.at("limits." + resource).hasValue()) {
        for (ContainerView c : w.longRunningContainers()) {
          YamlNode r = c.get("resources");
          if (!c.node().isMapping() || r.hasValue() && !r.isMapping()) {
            continue; // templated: unknown
          }
          if (!r.at("requests." + resource).hasValue() && !r.at("limits." + resource).hasValue()) {
            missing.add(new Missing(c.name(), resource, ctx.anchor(r.isMapping() ? r : c.node(), c)));
          }
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String apiVersion = w.document().apiVersion();
    String kind = w.kind();
    String namespace = w.namespace();
    String name = w.document().name();
    ctx.afterIndex(ix -> {
      WorkloadFacts facts = ix.index().workloadFacts();
      for (Missing m : missing) {
        for (Autoscaler a : facts.autoscalersOf(apiVersion, kind, namespace, name, ix.source())) {
          boolean targeted = a.utilizationTargets().contains(m.resource())
              || a.utilizationTargets().contains(m.resource() + "/" + m.container());
          if (targeted) {
            ix.report(m.at(), ("container \"%s\" requests no %s, but %s scales %s/%s on %s utilization, a percentage of "
                + "the request: the HPA cannot compute it (FailedGetResourceMetric: missing request for %s) and does not scale")
                .formatted(m.container(), m.resource(), Related.name(a), kind, name, m.resource(), m.resource()));
            break;
          }
        }
      }
    });
  }
}

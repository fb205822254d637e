package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/** Opt-in: the Pod must be in the Guaranteed QoS class. */
final class ResourcesQosGuaranteedCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-qos-guaranteed";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    PodResources pod = PodResources.of(w);
    if (pod.qosClass() == PodResources.QosClass.GUARANTEED) {
      return;
    }
    String qos = "the Pod's QoS class is " + pod.qosClass().apiName() + ", not Guaranteed: ";
    if (pod.hasPodLevelResources()) {
      ctx.report(w.podSpec().get("resources"), qos + "the pod-level resources must set cpu and memory limits, and requests equal to them");
      return;
    }
    for (Blocks.Block b : Blocks.containers(w)) {
      Optional<String> why = reason(b.resources());
      if (why.isPresent()) {
        ctx.report(b.anchor(), b.container(), qos + b.owner() + " " + why.get()
            + " (every container, init containers included, needs cpu and memory limits equal to its requests)");
        return;
      }
    }
    ctx.report(w.podSpec(), qos + "no container sets cpu and memory limits");
  }

  private static Optional<String> reason(ResourceRequirements r) {
    for (String name : ResourceNames.COMPUTE.stream().sorted().toList()) {
      if (!r.hasPositiveLimit(name)) {
        return Optional.of("has no " + name + " limit");
      }
      Quantity limit = r.limit(name).orElseThrow();
      Quantity request = r.effectiveRequest(name).orElse(limit);
      if (request.compareTo(limit) != 0) {
        return Optional.of("requests " + name + " " + request.original().strip() + " but limits it to " + limit.original().strip());
      }
    }
    return Optional.empty();
  }
}

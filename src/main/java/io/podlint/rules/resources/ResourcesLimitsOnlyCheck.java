package io.podlint.rules.resources;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.PodResources;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A limit without a request for cpu, memory or ephemeral-storage is legal, but the request is
 * silently set to the limit, so the scheduler reserves the whole limit.
 */
final class ResourcesLimitsOnlyCheck implements WorkloadCheck<NoParams> {
  /** The overcommittable standard resources; hugepages and extended resources need request == limit anyway. */
  private static final java.util.Set<String> STANDARD =
      java.util.Set.of(ResourceNames.CPU, ResourceNames.MEMORY, ResourceNames.EPHEMERAL_STORAGE);

  @Override
  public String id() {
    return "resources-limits-only";
  }

  private static final PolicyText CONSEQUENCE = PolicyText.of("defaultedConsequence", "qos");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(CONSEQUENCE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    PodResources pod = null;
    for (Blocks.Block b : Blocks.containers(w)) {
      List<String> defaulted = new ArrayList<>();
      for (ResourceEntry limit : b.resources().limits().entries()) {
        String name = limit.name();
        if (STANDARD.contains(name) && limit.isValid() && limit.quantity().signum() > 0 && !b.resources().requests().has(name)) {
          defaulted.add(name + " " + limit.quantity().original().strip());
        }
      }
      if (defaulted.isEmpty()) {
        continue;
      }
      if (pod == null) {
        pod = PodResources.of(w);
      }
      ctx.report(b.resources().limits().node(), b.container(),
          b.owner() + " sets limits without requests for " + String.join(" and ", defaulted) + ": the API server"
              + " copies each limit into the request, so the scheduler reserves the whole limit on a node",
          ctx.text(CONSEQUENCE, pod.qosClass().apiName()));
    }
  }
}

package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.Optional;

/**
 * Hugepages and extended resources (such as {@code nvidia.com/gpu}) cannot be overcommitted: a
 * request needs a limit, and the two must be equal. A limit alone is fine (the request defaults to it).
 */
final class ResourcesNotOvercommittableCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-not-overcommittable";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.containers(w)) {
      for (ResourceEntry request : b.resources().requests().entries()) {
        String name = request.name();
        if (ResourceNames.isOvercommitAllowed(name) || ResourceNames.containerNameProblem(name).isPresent()
            || !request.isValid()) {
          continue;
        }
        Optional<Quantity> limit = b.resources().limit(name);
        if (!b.resources().limits().has(name)) {
          ctx.report(request.value(), b.container(),
              "%s requests %s %s without a limit; %s cannot be overcommitted, so the API server rejects it (\"Limit must be set for non overcommitable resources\"): set limits.%s to the same value, or only the limit"
                  .formatted(b.owner(), name, request.quantity().original().strip(), kind(name), name));
        } else if (limit.isPresent() && request.stored().orElseThrow().compareTo(limit.get()) != 0) {
          ctx.report(request.value(), b.container(),
              "%s requests %s %s but limits it to %s; %s cannot be overcommitted, so the API server rejects it (\"must be equal to %s limit of %s\")"
                  .formatted(b.owner(), name, Blocks.amount(name, request.quantity()), Blocks.amount(name, limit.get()),
                      kind(name), name, limit.get().canonical()));
        }
      }
    }
  }

  private static String kind(String name) {
    return ResourceNames.isHugePages(name) ? "hugepages" : "an extended resource";
  }
}

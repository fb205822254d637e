package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;
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

  /** A request of {resource} without a limit; {kind} is hugepages or an extended resource. */
  private static final PolicyText NO_LIMIT = PolicyText.of("noLimitMessage", "owner", "resource", "request", "kind");
  /** A request that differs from the limit ({canonical}: the limit as the API server prints it). */
  private static final PolicyText UNEQUAL = PolicyText.of("unequalMessage", "owner", "resource", "request", "limit", "kind", "canonical");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(NO_LIMIT, UNEQUAL);
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
              ctx.text(NO_LIMIT, b.owner(), name, request.quantity().original().strip(), kind(name)));
        } else if (limit.isPresent() && request.stored().orElseThrow().compareTo(limit.get()) != 0) {
          ctx.report(request.value(), b.container(),
              ctx.text(UNEQUAL, b.owner(), name, Blocks.amount(name, request.quantity()), Blocks.amount(name, limit.get()),
                  kind(name), limit.get().canonical()));
        }
      }
    }
  }

  private static String kind(String name) {
    return ResourceNames.isHugePages(name) ? "hugepages" : "an extended resource";
  }
}

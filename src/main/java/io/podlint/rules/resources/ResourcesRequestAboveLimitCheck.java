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
 * A request above its limit is rejected for cpu, memory, ephemeral-storage (overcommittable
 * resources). Negative values are left to resources-negative.
 */
final class ResourcesRequestAboveLimitCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-request-above-limit";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (ResourceEntry request : b.resources().requests().entries()) {
        String name = request.name();
        Optional<Quantity> req = request.stored();
        Optional<Quantity> lim = b.resources().limit(name);
        if (!ResourceNames.isOvercommitAllowed(name) || req.isEmpty() || lim.isEmpty()
            || req.get().signum() < 0 || lim.get().signum() < 0 || req.get().compareTo(lim.get()) <= 0) {
          continue;
        }
        ctx.report(request.value(), b.container(),
            "%s: the %s request %s is more than the %s limit %s; the API server rejects it (\"must be less than or equal to %s limit of %s\")%s"
                .formatted(b.owner(), name, Blocks.amount(name, request.quantity()), name,
                    Blocks.amount(name, lim.get()), name, lim.get().canonical(), unitHint(req.get(), lim.get())));
      }
    }
  }

  /** Points out a decimal/binary mix such as 1Gi requested under a 1G limit. */
  private static String unitHint(Quantity request, Quantity limit) {
    boolean requestBinary = request.format() == Quantity.Format.BINARY_SI;
    boolean limitBinary = limit.format() == Quantity.Format.BINARY_SI;
    return requestBinary != limitBinary && request.hasSuffix() && limit.hasSuffix()
        ? ". One is written in binary units (Ki, Mi, Gi: powers of 1024) and the other in decimal units (k, M, G: powers of 1000): use the same unit for both"
        : "";
  }
}

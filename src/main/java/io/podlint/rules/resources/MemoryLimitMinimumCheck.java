package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.Check;
import io.podlint.rules.CheckContext;
import io.podlint.rules.Derived;

/**
 * A memory limit below what a container runtime can start a process in: Docker refuses limits
 * under 6MB, and other runtimes kill the process as it starts.
 */
final class MemoryLimitMinimumCheck implements Check<MemoryLimitMinimumCheck.Params> {

  /** @param minimum the smallest memory limit a container can start with, as a quantity */
  record Params(String minimum) {
    Params {
      minimum = minimum == null ? "6Mi" : minimum;
      if (Quantity.tryParse(minimum).isEmpty()) {
        throw new IllegalArgumentException("minimum: \"" + minimum + "\" is not a quantity");
      }
    }

    private static final Derived<Params, Quantity> QUANTITY = new Derived<>(p -> Quantity.parse(p.minimum()));

    Quantity quantity() {
      return QUANTITY.of(this);
    }
  }

  @Override
  public String id() {
    return "resources-memory-limit-minimum";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public void checkWorkload(Workload w, Params params, CheckContext ctx) {
    Quantity minimum = params.quantity();
    for (Blocks.Block b : Blocks.containers(w)) {
      b.resources().limits().get(ResourceNames.MEMORY).filter(ResourceEntry::isValid)
          .filter(e -> e.quantity().signum() > 0 && !MemoryMilliCheck.isFractionOfBytes(e.quantity()))
          .filter(e -> e.stored().orElseThrow().compareTo(minimum) < 0)
          .ifPresent(e -> ctx.report(e.value(), b.container(),
              "%s: memory limit %s is below %s, the least a container can start with: Docker-based runtimes refuse it (CreateContainerError, \"Minimum memory limit allowed is 6MB\") and others kill the process as it starts (OOMKilled, CrashLoopBackOff)"
                  .formatted(b.owner(), e.quantity().describeBytes(), minimum.original())));
    }
  }
}

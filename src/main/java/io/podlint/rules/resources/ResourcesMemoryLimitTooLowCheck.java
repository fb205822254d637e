package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;

/**
 * A memory limit below what a container runtime can start a process in: Docker refuses limits
 * under 6MB, and other runtimes kill the process as it starts.
 */
final class ResourcesMemoryLimitTooLowCheck implements WorkloadCheck.Deriving<ResourcesMemoryLimitTooLowCheck.Params, Quantity> {

  /** @param minimum the smallest memory limit a container can start with, as a quantity */
  record Params(String minimum) {
    Params {
      minimum = minimum == null ? "6Mi" : minimum;
      if (Quantity.tryParse(minimum).isEmpty()) {
        throw new IllegalArgumentException("minimum: \"" + minimum + "\" is not a quantity");
      }
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
  public Quantity derive(Params params) {
    return Quantity.parse(params.minimum());
  }

  @Override
  public void checkWorkload(Workload w, Quantity minimum, CheckContext ctx) {
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

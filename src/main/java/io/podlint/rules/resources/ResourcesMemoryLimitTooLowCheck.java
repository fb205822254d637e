package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;

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

  /** A limit of {limit} below the parameter {minimum}. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "owner", "limit", "minimum");

  @Override
  public List<PolicyText> texts(Params params) {
    return List.of(MESSAGE);
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
              ctx.text(MESSAGE, b.owner(), e.quantity().describeBytes(), minimum.original())));
    }
  }
}

package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A {@code hugepages-<size>} amount must be a whole number of pages, and a container that uses
 * hugepages must also request or limit cpu or memory.
 */
final class ResourcesHugePagesInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-hugepages";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.containers(w)) {
      ResourceEntry first = null;
      for (String field : List.of("requests", "limits")) {
        for (ResourceEntry e : b.list(field).entries()) {
          if (!ResourceNames.isHugePages(e.name())) {
            continue;
          }
          first = first == null ? e : first;
          if (e.isValid() && !isWholePages(e.name(), e.stored().orElseThrow())) {
            ctx.report(e.value(), b.container(), "%s: %s %s is not a positive integer multiple of the page size %s; the API server rejects it"
                .formatted(b.owner(), Blocks.field(field, e.name()), Blocks.amount(e.name(), e.quantity()), pageSize(e.name())));
          }
        }
      }
      if (first != null && !mentionsCpuOrMemory(b.resources())) {
        ctx.report(first.key(), b.container(),
            "%s uses %s but requests no cpu and no memory; the API server rejects it (\"HugePages require cpu or memory\")"
                .formatted(b.owner(), first.name()));
      }
    }
  }

  private static boolean mentionsCpuOrMemory(ResourceRequirements r) {
    return r.mentions(ResourceNames.CPU) || r.mentions(ResourceNames.MEMORY);
  }

  /** {@code IsHugePageResourceValueDivisible}: the value rounded up to bytes, modulo a whole page size. */
  static boolean isWholePages(String name, Quantity value) {
    Optional<Quantity> page = ResourceNames.hugePageSize(name);
    if (page.isEmpty() || page.get().signum() <= 0 || !page.get().roundUpToMilli().isInteger()) {
      return false;
    }
    if ((long) value.value().precision() - value.value().scale() > 30) {
      return false; // far beyond any machine; the API server's int64 arithmetic saturates
    }
    BigDecimal bytes = value.value().setScale(0, RoundingMode.UP);
    return bytes.remainder(page.get().value()).signum() == 0;
  }

  private static String pageSize(String name) {
    return ResourceNames.hugePageSize(name).map(q -> q.describeBytes())
        .orElse("(\"" + name.substring(ResourceNames.HUGEPAGES_PREFIX.length()) + "\" is not a size)");
  }
}

package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** Memory written in decimal units ({@code 512M}) where binary units ({@code 512Mi}) are the convention. */
final class ResourcesMemoryDecimalUnitsCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-memory-decimal-units";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (String field : List.of("requests", "limits")) {
        b.list(field).get(ResourceNames.MEMORY).filter(ResourceEntry::isValid)
            .filter(e -> ResourcesMemoryUnitMismatchCheck.isDecimalUnit(e.quantity()))
            .ifPresent(e -> {
              Quantity q = e.quantity();
              String written = q.original().strip();
              ctx.report(e.value(), b.container(), "%s: memory %s %s is in decimal units (powers of 1000); memory is sized in binary units: did you mean \"%si\"?"
                  .formatted(b.owner(), "requests".equals(field) ? "request" : "limit", q.describeBytes(),
                      written.endsWith("k") ? written.substring(0, written.length() - 1) + "K" : written));
            });
      }
    }
  }
}

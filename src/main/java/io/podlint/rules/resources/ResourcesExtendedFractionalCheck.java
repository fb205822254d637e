package io.podlint.rules.resources;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** Extended resources (devices such as {@code nvidia.com/gpu}) are counted in whole units. */
final class ResourcesExtendedFractionalCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-extended-integer";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.containers(w)) {
      for (String field : List.of("requests", "limits")) {
        for (ResourceEntry e : b.list(field).entries()) {
          if (ResourceNames.isIntegerResource(e.name()) && e.isValid() && !e.stored().orElseThrow().isInteger()) {
            ctx.report(e.value(), b.container(),
                "%s: %s \"%s\" is fractional; %s is an extended resource counted in whole devices, so the API server rejects it (\"must be an integer\")"
                    .formatted(b.owner(), Blocks.field(field, e.name()), e.value().text(), e.name()));
          }
        }
      }
    }
  }
}

package io.podlint.rules.resources;

import io.podlint.model.ResourceEntry;
import io.podlint.model.ResourceList;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** Requests, limits and overhead must be zero or more. */
final class ResourcesNegativeCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-negative";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (String field : List.of("requests", "limits")) {
        for (ResourceEntry e : b.list(field).entries()) {
          report(e, b.owner() + ": " + Blocks.field(field, e.name()), b, ctx);
        }
      }
    }
    for (ResourceEntry e : ResourceList.of(w.podSpec().get("overhead")).entries()) {
      report(e, "the pod: overhead." + e.name(), null, ctx);
    }
  }

  private static void report(ResourceEntry e, String what, Blocks.Block b, CheckContext ctx) {
    if (e.isValid() && e.quantity().signum() < 0) {
      ctx.report(e.value(), b == null ? null : b.container(),
          "%s is negative (%s); the API server rejects it: \"must be greater than or equal to 0\""
              .formatted(what, Blocks.amount(e.name(), e.quantity())));
    }
  }
}

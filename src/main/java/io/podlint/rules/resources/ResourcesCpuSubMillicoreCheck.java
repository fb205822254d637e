package io.podlint.rules.resources;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/** CPU finer than 1m (such as {@code 0.5m} or {@code 0.0001}) is silently rounded up to the next millicore. */
final class ResourcesCpuSubMillicoreCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-cpu-sub-millicore";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (String field : List.of("requests", "limits")) {
        b.list(field).get(ResourceNames.CPU).filter(ResourceEntry::isValid)
            .filter(e -> e.quantity().roundUpToMilli().compareTo(e.quantity()) != 0)
            .ifPresent(e -> ctx.report(e.value(), b.container(),
                "%s: cpu %s %s is finer than a millicore, the smallest CPU unit; the API server silently rounds it up to %s"
                    .formatted(b.owner(), "requests".equals(field) ? "request" : "limit", e.quantity().describeCpu(),
                        e.quantity().roundUpToMilli().canonical())));
      }
    }
  }
}

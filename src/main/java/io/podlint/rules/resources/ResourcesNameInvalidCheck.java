package io.podlint.rules.resources;

import io.podlint.k8s.ResourceNames;
import io.podlint.model.ResourceEntry;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * Resource names must be standard ({@code cpu}, {@code memory}, {@code ephemeral-storage},
 * {@code hugepages-<size>}), native ({@code *kubernetes.io/}) or extended resources with a domain
 * prefix; pod-level resources take cpu, memory and hugepages only.
 */
final class ResourcesNameInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-name";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (Blocks.Block b : Blocks.all(w)) {
      for (String field : List.of("requests", "limits")) {
        for (ResourceEntry e : b.list(field).entries()) {
          problem(e.name(), b.isPodLevel()).ifPresent(problem -> ctx.report(e.key(), b.container(),
              "%s: resource name \"%s\" in %s %s, so the API server rejects the object%s"
                  .formatted(b.owner(), e.name(), field, problem,
                      ResourceNames.suggestion(e.name()).map(s -> " (did you mean \"" + s + "\"?)").orElse(""))));
        }
      }
    }
  }

  private static Optional<String> problem(String name, boolean podLevel) {
    if (podLevel) {
      return ResourceNames.isSupportedAtPodLevel(name) ? Optional.empty()
          : Optional.of("is not supported at pod level (only cpu, memory and hugepages-<size>)");
    }
    return ResourceNames.containerNameProblem(name);
  }
}

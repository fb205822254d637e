package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.stream.Collectors;

/** Images must come from one of the configured registries; does nothing while the list is empty. */
final class ImageRegistryAllowlistCheck implements WorkloadCheck.Deriving<ImageRegistryAllowlistCheck.Params, ImageRegistryAllowlistCheck.Allowed> {

  /** @param allowedRegistries registries, {@code *.domain} wildcards or {@code registry/path} prefixes */
  record Params(List<String> allowedRegistries) {
    Params {
      allowedRegistries = allowedRegistries == null ? List.of() : List.copyOf(allowedRegistries);
      allowedRegistries.forEach(RegistryPattern::parse); // fail at load time on a bad entry
    }
  }

  /** The parameters with their registry patterns parsed. */
  record Allowed(Params params, List<RegistryPattern> patterns) {}

  @Override
  public String id() {
    return "image-registry-allowlist";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public Allowed derive(Params params) {
    return new Allowed(params, params.allowedRegistries().stream().map(RegistryPattern::parse).toList());
  }

  @Override
  public void checkWorkload(Workload w, Allowed allowed, CheckContext ctx) {
    Params params = allowed.params();
    if (params.allowedRegistries().isEmpty()) {
      return;
    }
    List<RegistryPattern> patterns = allowed.patterns();
    for (ContainerView c : w.containers()) {
      ContainerImage.of(w, c).ifPresent(image -> check(image, params, patterns, ctx));
    }
  }

  private static void check(ContainerImage image, Params params, List<RegistryPattern> patterns, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (!image.resolvable() || patterns.stream().anyMatch(p -> p.matches(ref))) {
      return;
    }
    String from = ref.domain().isEmpty() ? "names no valid registry host"
        : ref.domainImplicit() ? "comes from registry docker.io (implicitly: the image names no registry)"
        : "comes from registry " + ref.domain();
    String allowed = params.allowedRegistries().stream().map(GoStrings::quote).collect(Collectors.joining(", "));
    ctx.report(image.node(), image.container(), "%s has image %s, which %s: not in allowedRegistries [%s]; use an image from an allowed registry (mirror it there if needed)"
        .formatted(image.container().describe(), image.quoted(), from, allowed));
  }
}

package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;

/** Opt-in: the image names no registry and relies on the implicit docker.io. */
final class ImageImplicitRegistryCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-implicit-registry";
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (!image.resolvable() || !ref.domainImplicit()) {
      return;
    }
    ctx.report(image.node(), image.container(),
        image.container().describe() + " has image " + image.quoted()
            + ", which names no registry: the kubelet passes the short name to the container runtime, which resolves it to docker.io"
            + " (containerd) or through the node's own search list (CRI-O registries.conf); write the registry explicitly: "
            + GoStrings.quote(qualified(ref)));
  }

  /** {@code docker.io/library/nginx:1.27}, keeping both tag and digest when present. */
  static String qualified(ImageReference ref) {
    return ref.domain() + "/" + ref.path() + ref.tag().map(t -> ":" + t).orElse("") + ref.digest().map(d -> "@" + d).orElse("");
  }
}

package io.podlint.rules.image;

import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;

/** Opt-in: every image must be pinned by digest. */
final class ImageDigestRequiredCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-digest-required";
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    if (!image.resolvable() || image.ref().hasDigest()) {
      return;
    }
    String tag = image.ref().tag().map(t -> "its tag \"" + t + "\"").orElse("the implied tag latest");
    ctx.report(image.node(), image.container(),
        image.container().describe() + " has image " + image.quoted() + ", which is not pinned by digest: " + tag
            + " can be moved to another image, so the same manifest can run different code; append the digest of the image you tested: "
            + image.trimmed() + "@sha256:<digest>");
  }
}

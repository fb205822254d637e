package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;

/** {@code name:tag@digest}: legal, but the kubelet pulls by digest and the tag is ignored. */
final class ImageTagAndDigestCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-tag-and-digest";
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (!image.resolvable() || !ref.hasTag() || !ref.hasDigest()) {
      return;
    }
    PullPolicy policy = image.pullPolicy();
    String latest = policy.defaulted() && policy.is(PullPolicy.ALWAYS)
        ? "; also, %s, which makes every container start contact the registry although the digest cannot change".formatted(policy.describe())
        : "";
    ctx.report(image.node(), image.container(),
        "%s has image %s with both a tag and a digest: the kubelet pulls by digest and ignores the tag \"%s\", so editing only the tag changes nothing; update tag and digest together%s"
            .formatted(image.container().describe(), image.quoted(), ref.tag().orElseThrow(), latest));
  }
}

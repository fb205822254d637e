package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;

/**
 * An image without tag or digest, or with the tag {@code latest}: which version runs depends on
 * when each node pulled it. Digest-pinned images are never reported (the digest decides what runs).
 */
final class ImageTagMissingOrLatestCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-tag-missing-or-latest";
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (!image.resolvable() || ref.hasDigest()) {
      return;
    }
    String tag = ref.tag().orElse(null);
    PullPolicy policy = image.pullPolicy();
    String effect = effect(policy);
    String what;
    if (tag == null) {
      what = "has no tag: the kubelet runs whatever " + ref.normalized() + " is when a node pulls it";
    } else if (tag.equals("latest")) {
      what = "uses the moving tag latest: the kubelet runs whatever " + ref.normalized() + " is when a node pulls it";
    } else if (tag.equalsIgnoreCase("latest")) {
      what = ("uses the tag \"%s\", which is not latest: tags are case-sensitive, so the registry may have no such tag (ErrImagePull), and if it has,"
          + " it moves like latest but does not make imagePullPolicy default to Always").formatted(tag);
    } else {
      return;
    }
    ctx.report(image.node(), image.container(), image.container().describe() + " has image " + image.quoted()
        + ", which " + what + "; " + (policy.value() == null ? "" : policy.describe()) + effect
        + ". Pin a version tag or a digest");
  }

  /** What the policy in effect means for a moving tag. */
  private static String effect(PullPolicy policy) {
    if (policy.value() == null) {
      return "the version that runs changes whenever the tag moves";
    }
    return switch (policy.value()) {
      case PullPolicy.ALWAYS -> ", so every container start pulls whatever the tag points to then, and a restart or a new replica can run a different version than the others";
      case PullPolicy.IF_NOT_PRESENT -> ", so each node keeps the image it pulled first, and nodes can run different versions";
      default -> ", so each node runs whatever was loaded on it";
    };
  }
}

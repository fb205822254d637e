package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/** {@code name:tag@digest}: legal, but the kubelet pulls by digest and the tag is ignored. */
final class ImageTagAndDigestCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-tag-and-digest";
  }

  /** {pullPolicy} adds a note on a defaulted Always pull policy, or is empty. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "container", "image", "tag", "pullPolicy");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
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
        ctx.text(MESSAGE, image.container().describe(), image.quoted(), ref.tag().orElseThrow(), latest));
  }
}

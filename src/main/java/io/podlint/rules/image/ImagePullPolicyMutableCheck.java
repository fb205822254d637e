package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.List;

/**
 * {@code IfNotPresent} (explicit or defaulted) with a tag that is moved on purpose ({@code latest}
 * or no tag, {@code main}, {@code nightly}...): a node that already has an older image under that
 * tag keeps running it, so nodes run different images.
 */
final class ImagePullPolicyMutableCheck implements WorkloadCheck.Deriving<ImagePullPolicyMutableCheck.Params, List<TagPattern>> {

  /** @param mutableTags tag names or globs ({@code *}) known to move, compared case-insensitively */
  record Params(List<String> mutableTags) {
    Params {
      mutableTags = mutableTags == null ? List.of() : List.copyOf(mutableTags);
      mutableTags.forEach(TagPattern::parse); // a bad pattern fails when the policy is loaded
    }
  }

  @Override
  public String id() {
    return "image-pull-policy-mutable";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  /** The patterns, compiled once per policy rather than per workload. */
  @Override
  public List<TagPattern> derive(Params params) {
    return params.mutableTags().stream().map(TagPattern::parse).toList();
  }

  @Override
  public void checkWorkload(Workload w, List<TagPattern> patterns, CheckContext ctx) {
    for (ContainerView c : w.containers()) {
      ContainerImage.of(w, c).ifPresent(image -> check(image, patterns, ctx));
    }
  }

  private static void check(ContainerImage image, List<TagPattern> patterns, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (!image.resolvable() || ref.hasDigest()) {
      return;
    }
    String tag = ref.tag().orElse("latest");
    PullPolicy policy = image.pullPolicy();
    if (!policy.is(PullPolicy.IF_NOT_PRESENT) || patterns.stream().noneMatch(p -> p.matches(tag))) {
      return;
    }
    String tagText = ref.hasTag() ? "the moving tag \"" + tag + "\"" : "no tag (so latest, a moving tag)";
    ctx.report(image.node(), image.container(),
        ("%s has image %s with %s, and %s: a node that already has an older %s keeps running it, so nodes run different images"
            + " and a rollout may not update some Pods. Pin a version tag or a digest, or set imagePullPolicy: Always")
            .formatted(image.container().describe(), image.quoted(), tagText, policy.describe(), ref.normalized()));
  }
}

package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * Uppercase in a repository name: in the path it makes the reference invalid
 * ({@code InvalidImageName}); in the first component it makes that component a registry host
 * ({@code MyOrg/app} pulls from a host named {@code MyOrg}), so the pull fails ({@code ErrImagePull}).
 */
final class UppercaseCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-uppercase";
  }

  /** An uppercase first component, pulled from as a registry host. */
  private static final PolicyText REGISTRY_CONSEQUENCE = PolicyText.of("registryConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(REGISTRY_CONSEQUENCE);
  }

  /**
   * The kubelet rejects the reference as not lowercase, and lowercasing it is enough: otherwise
   * (say {@code <YOUR-IMAGE>}) the case is not the real problem and image-invalid-reference reports it.
   */
  static boolean isCaseProblem(ImageReference ref) {
    return ref.error().map(e -> e.contains("must be lowercase")).orElse(false)
        && ImageFixes.lowercase(ref.original()).isPresent();
  }

  private static String fix(ContainerImage image) {
    return ImageFixes.lowercase(image.trimmed()).map(f -> "; use " + GoStrings.quote(f))
        .orElse("; use lowercase letters in the repository name");
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (isCaseProblem(ref)) {
      String fix = fix(image);
      ctx.report(image.node(), image.container(),
          "%s has image %s, whose repository name has uppercase letters (%s): the API server accepts it, but the kubelet cannot parse it, so the container stays in InvalidImageName%s"
              .formatted(image.container().describe(), image.quoted(), ref.error().orElseThrow(), fix));
    } else if (ref.uppercaseFirstComponentTreatedAsRegistry()) {
      String fix = fix(image);
      ctx.report(image.node(), image.container(),
          "%s has image %s: its first component %s has uppercase letters, so it is taken as a registry host, not a Docker Hub namespace; pulling from a registry named %s fails (ErrImagePull, then ImagePullBackOff)%s"
              .formatted(image.container().describe(), image.quoted(), GoStrings.quote(ref.domain()), GoStrings.quote(ref.domain()), fix),
          ctx.text(REGISTRY_CONSEQUENCE));
    }
  }
}

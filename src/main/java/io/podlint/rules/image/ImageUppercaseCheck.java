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
final class ImageUppercaseCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-uppercase";
  }

  /** Uppercase in the path: {error} is the parser's, {fix} the suggestion (or empty). */
  private static final PolicyText PATH_MESSAGE = PolicyText.of("pathMessage", "container", "image", "error", "fix");
  /** An uppercase first component, pulled from as a registry host named {registry}. */
  private static final PolicyText REGISTRY_MESSAGE = PolicyText.of("registryMessage", "container", "image", "registry", "fix");
  private static final PolicyText REGISTRY_CONSEQUENCE = PolicyText.of("registryConsequence");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(PATH_MESSAGE, REGISTRY_MESSAGE, REGISTRY_CONSEQUENCE);
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
          ctx.text(PATH_MESSAGE, image.container().describe(), image.quoted(), ref.error().orElseThrow(), fix));
    } else if (ref.uppercaseFirstComponentTreatedAsRegistry()) {
      String fix = fix(image);
      ctx.report(image.node(), image.container(),
          ctx.text(REGISTRY_MESSAGE, image.container().describe(), image.quoted(), GoStrings.quote(ref.domain()), fix),
          ctx.text(REGISTRY_CONSEQUENCE));
    }
  }
}

package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * An image the kubelet cannot parse: the API server never checks the reference grammar, so the
 * Pod is created and its container waits in {@code InvalidImageName} forever. Uppercase names are
 * left to {@code image-uppercase} when lowercasing fixes them.
 */
final class ImageInvalidReferenceCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-invalid-reference";
  }

  /** The parser's {error} at {position}; {advice} and {fix} come from ImageFixes. */
  private static final PolicyText MESSAGE = PolicyText.of("message", "container", "image", "error", "position", "advice", "fix");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MESSAGE);
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    ImageReference ref = image.ref();
    if (ref.isValid() || ImageUppercaseCheck.isCaseProblem(ref)) {
      return;
    }
    String fix = ImageFixes.repair(image.trimmed()).map(f -> "; did you mean " + GoStrings.quote(f) + "?").orElse("");
    ctx.report(image.node(), image.container(),
        ctx.text(MESSAGE, image.container().describe(), image.quoted(), ref.error().orElseThrow(),
            position(image.trimmed(), ref.errorOffset()), ImageFixes.advice(ref), fix));
  }

  /** {@code character 8 (':')}, 1-based. */
  static String position(String s, int offset) {
    if (s.isEmpty()) {
      return "character 1";
    }
    int cp = s.codePointAt(offset);
    String shown = GoStrings.quote(new String(Character.toChars(cp)));
    return "character %d (%s)".formatted(s.codePointCount(0, offset) + 1, "'" + shown.substring(1, shown.length() - 1) + "'");
  }
}

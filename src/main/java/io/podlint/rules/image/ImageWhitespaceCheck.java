package io.podlint.rules.image;

import io.podlint.model.ContainerView;
import io.podlint.model.Fix;
import io.podlint.parse.NodeEdits;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * Leading or trailing whitespace in {@code image}: rejected for Pods; in pod templates the API
 * server does not check it, so only the Pods created from them are rejected. Whitespace-only
 * images are left to {@code image-missing}.
 */
final class ImageWhitespaceCheck extends ContainerImageCheck<NoParams> {

  @Override
  public String id() {
    return "image-whitespace";
  }

  /** {subject} names the container, its image and where the whitespace is; {image} is the trimmed reference. */
  private static final PolicyText POD = PolicyText.of("podMessage", "subject", "image");
  private static final PolicyText TEMPLATE = PolicyText.of("templateMessage", "subject", "kind", "image");
  private static final PolicyText TEMPLATE_CONSEQUENCE = PolicyText.of("templateConsequence", "kind");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(POD, TEMPLATE, TEMPLATE_CONSEQUENCE);
  }

  @Override
  void check(ContainerImage image, NoParams params, CheckContext ctx) {
    Workload w = image.workload();
    if (image.raw().equals(image.trimmed()) || isTemplateEphemeral(w, image.container())) {
      return;
    }
    boolean leading = !image.raw().startsWith(image.trimmed());
    boolean trailing = !image.raw().endsWith(image.trimmed());
    String where = leading && trailing ? "leading and trailing" : leading ? "leading" : "trailing";
    String subject = "%s has image %s with %s whitespace".formatted(image.container().describe(),
        GoStrings.quote(image.raw()), where);
    Fix fix = NodeEdits.replaceScalar(image.node(), image.trimmed())
        .map(e -> Fix.of("remove the whitespace around the image reference", e)).orElse(null);
    if (w.isBarePod()) {
      ctx.report(image.node(), null, image.container(),
          ctx.text(POD, subject, image.quoted()), null, fix);
    } else {
      ctx.report(image.node(), null, image.container(),
          ctx.text(TEMPLATE, subject, w.kind(), image.quoted()), ctx.text(TEMPLATE_CONSEQUENCE, w.kind()), fix);
    }
  }

  /** A pod template with ephemeral containers is rejected outright, so "its Pods are rejected" would mislead. */
  static boolean isTemplateEphemeral(Workload w, ContainerView c) {
    return !w.isBarePod() && c.type() == ContainerView.Type.EPHEMERAL;
  }
}

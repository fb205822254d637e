package io.podlint.rules.image;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.PolicyText;
import java.util.List;

/**
 * Every container needs an image: an absent or empty one is rejected for Pods and templates alike;
 * a whitespace-only one is rejected for Pods, and for templates only when their Pods are created.
 */
final class ImageMissingCheck implements WorkloadCheck<NoParams> {
  /** OpenShift fills in images named by this annotation; it documents {@code image: " "} as a placeholder. */
  static final String OPENSHIFT_TRIGGERS = "image.openshift.io/triggers";

  @Override
  public String id() {
    return "image-missing";
  }

  /** No image or an empty one ({what}) in a {kind}. */
  private static final PolicyText MISSING = PolicyText.of("missingMessage", "container", "what", "kind");
  private static final PolicyText EMPTY = PolicyText.of("emptyMessage", "container", "kind");
  /** Only whitespace, in a bare Pod: {image} is the value, quoted. */
  private static final PolicyText BLANK_POD = PolicyText.of("blankPodMessage", "container", "image");
  /** Only whitespace, in a controller's template: accepted, then every Pod is refused. */
  private static final PolicyText BLANK_TEMPLATE = PolicyText.of("blankTemplateMessage", "container", "image", "kind");
  private static final PolicyText BLANK_TEMPLATE_CONSEQUENCE = PolicyText.of("blankTemplateConsequence", "kind");

  @Override
  public List<PolicyText> texts(NoParams params) {
    return List.of(MISSING, EMPTY, BLANK_POD, BLANK_TEMPLATE, BLANK_TEMPLATE_CONSEQUENCE);
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    java.util.Set<String> triggered = imageChangeContainers(w);
    for (ContainerView c : w.containers()) {
      YamlNode image = c.get("image");
      if (triggered.contains(c.name()) && (!image.hasValue() || image.isString() && GoStrings.trimSpace(image.text()).isEmpty())) {
        continue; // the DeploymentConfig's ImageChange trigger supplies it (openshift-apiserver handleEmptyImageReferences)
      }
      if (!image.hasValue()) {
        ctx.report(image, c, ctx.text(MISSING, c.describe(),
            image.isMissing() ? "has no image field" : "has an empty image", w.kind()));
      } else if (image.isString() && image.text().isEmpty()) {
        ctx.report(image, c, ctx.text(EMPTY, c.describe(), w.kind()));
      } else if (image.isString() && GoStrings.trimSpace(image.text()).isEmpty()) {
        reportBlank(w, c, image, ctx);
      }
    }
  }

  /** The containers a DeploymentConfig's ImageChange triggers name: their image comes from the image stream. */
  private static java.util.Set<String> imageChangeContainers(Workload w) {
    if (!"DeploymentConfig".equals(w.kind())) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (YamlNode t : w.document().root().at("spec.triggers").items()) {
      if ("ImageChange".equals(t.get("type").text())) {
        t.at("imageChangeParams.containerNames").items().forEach(n -> out.add(n.text("")));
      }
    }
    return out;
  }

  private static void reportBlank(Workload w, ContainerView c, YamlNode image, CheckContext ctx) {
    String shown = GoStrings.quote(image.text());
    if (w.isBarePod()) {
      ctx.report(image, c, ctx.text(BLANK_POD, c.describe(), shown));
    } else if (!w.document().root().at("metadata.annotations").has(OPENSHIFT_TRIGGERS)
        && !ImageWhitespaceCheck.isTemplateEphemeral(w, c)) {
      ctx.report(image, c, ctx.text(BLANK_TEMPLATE, c.describe(), shown, w.kind()),
          ctx.text(BLANK_TEMPLATE_CONSEQUENCE, w.kind()));
    }
  }
}

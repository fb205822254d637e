package io.podlint.rules.image;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

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

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    java.util.Set<String> triggered = imageChangeContainers(w);
    for (ContainerView c : w.containers()) {
      YamlNode image = c.get("image");
      if (triggered.contains(c.name()) && (!image.hasValue() || image.isString() && GoStrings.trimSpace(image.text()).isEmpty())) {
        continue; // the DeploymentConfig's ImageChange trigger supplies it (openshift-apiserver handleEmptyImageReferences)
      }
      if (!image.hasValue()) {
        ctx.report(image, c, "%s %s: the API server rejects the %s (Required value: image); name the image to run, e.g. registry/repository:version"
            .formatted(c.describe(), image.isMissing() ? "has no image field" : "has an empty image", w.kind()));
      } else if (image.isString() && image.text().isEmpty()) {
        ctx.report(image, c, "%s has an empty image \"\": the API server rejects the %s (Required value: image); name the image to run, e.g. registry/repository:version"
            .formatted(c.describe(), w.kind()));
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
      ctx.report(image, c, "%s has image %s, which is only whitespace: the API server rejects the Pod (must not have leading or trailing whitespace); name the image to run"
          .formatted(c.describe(), shown));
    } else if (!w.document().root().at("metadata.annotations").has(OPENSHIFT_TRIGGERS)
        && !ImageWhitespaceCheck.isTemplateEphemeral(w, c)) {
      ctx.report(image, c, "%s has image %s, which is only whitespace: the API server does not check this in a pod template, so the %s is accepted, but every Pod created from it is rejected (must not have leading or trailing whitespace; FailedCreate events); name the image to run"
              .formatted(c.describe(), shown, w.kind()),
          "Rejected for the Pods (REJECT-CTRL): the %s is created, but every Pod created from its template is refused."
              .formatted(w.kind()));
    }
  }
}

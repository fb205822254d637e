package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.Optional;

/**
 * The {@code image} of one container, parsed once for the image checks.
 *
 * <p>Checks other than {@code image-whitespace} look at the value without surrounding whitespace:
 * that problem is reported on its own, and the rest of the value still deserves a verdict.
 *
 * @param node the {@code image} value node (findings point at it)
 * @param raw the value as written
 * @param trimmed the value without leading and trailing whitespace (Go {@code strings.TrimSpace})
 * @param ref {@code trimmed}, parsed like the kubelet does
 */
record ContainerImage(Workload workload, ContainerView container, YamlNode node, String raw, String trimmed,
    ImageReference ref) {

  /** The image of a container when it is a string with something other than whitespace in it. */
  static Optional<ContainerImage> of(Workload w, ContainerView c) {
    // Twelve image checks look at every container: parse each image once per workload.
    return w.memo(new MemoKey(c.type(), c.index()), () -> parse(w, c));
  }

  private record MemoKey(ContainerView.Type type, int index) {}

  private static Optional<ContainerImage> parse(Workload w, ContainerView c) {
    YamlNode node = c.get("image");
    if (!node.isString()) {
      return Optional.empty(); // absent, null or empty values are image-missing; other types fail to decode
    }
    String raw = node.text();
    String trimmed = GoStrings.trimSpace(raw);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ContainerImage(w, c, node, raw, trimmed, ImageReference.parse(trimmed)));
  }

  /**
   * Valid, and its registry is a real host name rather than an uppercase first component (which
   * {@code image-uppercase} reports): only then do tag, digest and registry advice make sense.
   */
  boolean resolvable() {
    return ref.isValid() && !ref.uppercaseFirstComponentTreatedAsRegistry();
  }

  /** {@code "nginx:1.27"}, quoted for messages. */
  String quoted() {
    return GoStrings.quote(trimmed);
  }

  /** The pull policy of the container, explicit or defaulted. */
  PullPolicy pullPolicy() {
    return PullPolicy.of(container.get("imagePullPolicy"), ref);
  }
}

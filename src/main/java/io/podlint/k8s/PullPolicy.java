package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.List;

/**
 * The {@code imagePullPolicy} a container runs with: the explicit value, or the API server's
 * default when the field is absent or empty ({@code Always} for {@code latest} or untagged
 * images, else {@code IfNotPresent}).
 *
 * @param node the {@code imagePullPolicy} value node (missing when absent)
 * @param value the policy in effect, or null when the explicit value is not a supported one
 * @param defaulted whether {@code value} is the API server's default
 * @param reason why the default is what it is (empty when not defaulted)
 */
public record PullPolicy(YamlNode node, String value, boolean defaulted, String reason) {
  public static final String ALWAYS = ImageReference.PULL_ALWAYS;
  public static final String IF_NOT_PRESENT = ImageReference.PULL_IF_NOT_PRESENT;
  public static final String NEVER = "Never";
  public static final List<String> VALUES = List.of(ALWAYS, IF_NOT_PRESENT, NEVER);

  public static PullPolicy of(YamlNode node, ImageReference ref) {
    if (isDefaulted(node)) {
      return new PullPolicy(node, ref.defaultPullPolicy(), true, defaultReason(ref));
    }
    String text = node.isString() ? node.text() : null;
    return new PullPolicy(node, text != null && VALUES.contains(text) ? text : null, false, "");
  }

  /** Absent, null and {@code ""} are replaced by the default before validation. */
  public static boolean isDefaulted(YamlNode node) {
    return !node.hasValue() || (node.isString() && node.text().isEmpty());
  }

  /** Why the API server picks its default for this image. */
  public static String defaultReason(ImageReference ref) {
    if (!ref.isValid()) {
      return "because the image cannot be parsed";
    }
    String tag = ref.tag().orElse(null);
    if ("latest".equals(tag)) {
      return "because the tag is latest";
    }
    if (tag == null) {
      return ref.hasDigest() ? "because the image has a digest and no tag" : "because the image has no tag";
    }
    if ("latest".equalsIgnoreCase(tag)) {
      return "because the tag \"" + tag + "\" is not exactly \"latest\"";
    }
    return "because the tag \"" + tag + "\" is not latest";
  }

  public boolean is(String policy) {
    return policy.equals(value);
  }

  /** {@code imagePullPolicy is IfNotPresent}, or {@code imagePullPolicy is not set: it defaults to Always because the tag is latest}. */
  public String describe() {
    return defaulted
        ? "imagePullPolicy is not set: it defaults to " + value + " " + reason
        : "imagePullPolicy is " + value;
  }
}

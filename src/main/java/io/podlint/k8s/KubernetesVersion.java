package io.podlint.k8s;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release, such as 1.30: the target cluster version that version-dependent
 * rules read. Only 1.x releases exist; patch versions do not change the API and are ignored.
 */
public record KubernetesVersion(int minor) implements Comparable<KubernetesVersion> {

  /** The release whose schemas are bundled, and the target when none is given. */
  public static final KubernetesVersion DEFAULT = new KubernetesVersion(36);

  /**
   * The oldest release podlint knows the API of: the first release of the field-availability
   * table (client-java-api 17.0.0). Older targets are refused rather than guessed.
   */
  public static final KubernetesVersion OLDEST_SUPPORTED = new KubernetesVersion(25);

  /** The newest release podlint knows: the bundled schemas' release. */
  public static final KubernetesVersion NEWEST_SUPPORTED = DEFAULT;

  private static final Pattern FORM = Pattern.compile("v?1\\.(\\d{1,3})(?:\\.\\d+)?");

  public KubernetesVersion {
    if (minor < 0) {
      throw new IllegalArgumentException("negative minor version");
    }
  }

  /** {@code 1.30}, {@code v1.30} or {@code 1.30.2}; empty for anything else. */
  public static Optional<KubernetesVersion> parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text.strip());
    return m != null && m.matches() ? Optional.of(new KubernetesVersion(Integer.parseInt(m.group(1))))
        : Optional.empty();
  }

  /**
   * A target release named by the user, in the supported range.
   *
   * @throws IllegalArgumentException with a one-line message naming the value and the range
   */
  public static KubernetesVersion target(String text) {
    KubernetesVersion v = parse(text).orElseThrow(() -> new IllegalArgumentException(
        "\"" + text + "\" is not a Kubernetes release; use 1.NN, such as " + DEFAULT));
    if (!v.isSupported()) {
      throw new IllegalArgumentException("Kubernetes " + v + " is not supported; podlint knows "
          + supportedRange() + " (\"" + text + "\")");
    }
    return v;
  }

  /** {@code 1.25 to 1.36}. */
  public static String supportedRange() {
    return OLDEST_SUPPORTED + " to " + NEWEST_SUPPORTED;
  }

  public boolean isSupported() {
    return compareTo(OLDEST_SUPPORTED) >= 0 && compareTo(NEWEST_SUPPORTED) <= 0;
  }

  public boolean atLeast(int otherMinor) {
    return minor >= otherMinor;
  }

  @Override
  public int compareTo(KubernetesVersion o) {
    return Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return "1." + minor;
  }
}

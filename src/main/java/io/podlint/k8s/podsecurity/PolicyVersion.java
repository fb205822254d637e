package io.podlint.k8s.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the standards a namespace pins ({@code v1.NN}) or {@code latest}. Admission
 * evaluates the newest checks it knows at or below the pinned version: {@code latest}, and any
 * version newer than the cluster, mean the cluster's own release (the registry clamps to its
 * newest version, {@code policy/registry.go: EvaluatePod}).
 *
 * @param minor the pinned 1.NN release, or -1 for {@code latest}
 */
public record PolicyVersion(int minor) {
  public static final PolicyVersion LATEST = new PolicyVersion(-1);

  /** Same grammar as {@code api.ParseVersion}: {@code latest} or {@code v1.NN}. */
  private static final Pattern FORM = Pattern.compile("v1\\.(0|[1-9][0-9]{0,2})");

  public static Optional<PolicyVersion> parse(String text) {
    if ("latest".equals(text)) {
      return Optional.of(LATEST);
    }
    Matcher m = text == null ? null : FORM.matcher(text);
    return m != null && m.matches() ? Optional.of(new PolicyVersion(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  public boolean isLatest() {
    return minor < 0;
  }

  /** The minor release whose checks are evaluated on a cluster of release {@code cluster}. */
  public int effectiveMinor(KubernetesVersion cluster) {
    return isLatest() ? cluster.minor() : Math.min(minor, cluster.minor());
  }

  @Override
  public String toString() {
    return isLatest() ? "latest" : "v1." + minor;
  }
}

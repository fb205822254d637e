package io.podlint.k8s.podsecurity;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One check of the Pod Security Standards, as registered in
 * {@code k8s.io/pod-security-admission/policy/check_*.go}: its id, level, the policy versions at
 * which its behaviour changes, and the baseline checks it replaces under {@code restricted}.
 *
 * @param id the upstream check id, such as {@code allowPrivilegeEscalation}
 * @param versions the {@code MinimumVersion}s of its revisions, ascending
 * @param overrides baseline check ids it replaces under {@code restricted}, from its first version
 */
public record PodSecurityCheck(String id, Level level, int[] versions, List<String> overrides, Evaluation evaluation) {

  /** The check of one revision, on a Pod's metadata and spec. */
  @FunctionalInterface
  public interface Evaluation {
    /**
     * @param minor the revision's policy version (one of {@link #versions()})
     * @param cluster the cluster's release, for behaviour patched into an old revision
     */
    Optional<Violation> evaluate(Workload w, int minor, KubernetesVersion cluster);
  }

  public PodSecurityCheck {
    versions = versions.clone();
    overrides = List.copyOf(overrides);
  }

  /** The first policy version that has the check. */
  public int since() {
    return versions[0];
  }

  /** The revision admission runs at policy version {@code minor}, or -1 before the check existed. */
  public int revisionAt(int minor) {
    int out = -1;
    for (int v : versions) {
      if (v <= minor) {
        out = v;
      }
    }
    return out;
  }

  /** The revisions, for callers that evaluate each one ahead of knowing the version. */
  public List<Integer> revisions() {
    return Arrays.stream(versions).boxed().toList();
  }

  /** The violation at policy version {@code minor}; empty when allowed or before the check existed. */
  public Optional<Violation> evaluate(Workload w, int minor, KubernetesVersion cluster) {
    int revision = revisionAt(minor);
    return revision < 0 ? Optional.empty() : evaluation.evaluate(w, revision, cluster);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PodSecurityCheck c && c.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}

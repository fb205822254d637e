package io.podlint.k8s;

/**
 * The lifecycle of one deprecated API version of one kind, from the upstream deprecation guide.
 *
 * @param apiVersion such as {@code extensions/v1beta1}
 * @param deprecatedIn the first release that warns about it
 * @param removedIn the first release that no longer serves it, or null while it is served
 * @param replacement the apiVersion to use instead, or null when the API is gone
 * @param replacementSince the first release that serves the replacement, when that is later than
 *     the oldest release podlint supports (flowcontrol v1 came in 1.29), else null
 * @param interim what to use before {@code replacementSince}, or null
 * @param changes what must change in the manifest for the replacement, or null when nothing does
 */
public record ApiVersionLifecycle(String apiVersion, String kind, KubernetesVersion deprecatedIn,
    KubernetesVersion removedIn, String replacement, KubernetesVersion replacementSince, String interim,
    String changes) {

  /** What the API server of a release does with this apiVersion and kind. */
  public enum Status {
    SERVED,
    DEPRECATED,
    REMOVED
  }

  public Status status(KubernetesVersion target) {
    if (removedIn != null && target.compareTo(removedIn) >= 0) {
      return Status.REMOVED;
    }
    return target.compareTo(deprecatedIn) >= 0 ? Status.DEPRECATED : Status.SERVED;
  }

  /**
   * What to use instead on {@code target}: {@code "apps/v1"}, or, when the replacement is
   * younger than the target, the interim version and when the replacement arrives; null when
   * nothing replaces it.
   */
  public String replacementOn(KubernetesVersion target) {
    if (replacement == null) {
      return null;
    }
    if (replacementSince != null && target.compareTo(replacementSince) < 0 && interim != null) {
      return interim + " (" + replacement + " from " + replacementSince + " on)";
    }
    return replacement;
  }
}

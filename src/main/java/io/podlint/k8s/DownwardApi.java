package io.podlint.k8s;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The downward API's field and resource selectors as the API server validates them
 * ({@code validateObjectFieldSelector}, {@code validateContainerResourceFieldSelector} and
 * {@code validateContainerResourceDivisor} in pkg/apis/core/validation, and
 * {@code ConvertDownwardAPIFieldLabel} in pkg/apis/core/pods).
 */
public final class DownwardApi {
  /** validEnvDownwardAPIFieldPathExpressions. */
  public static final List<String> ENV_FIELDS = List.of("metadata.name", "metadata.namespace", "metadata.uid",
      "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  /** validVolumeDownwardAPIFieldPathExpressions. */
  public static final List<String> VOLUME_FIELDS =
      List.of("metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid");
  /** The labels ConvertDownwardAPIFieldLabel knows for pods (apiVersion v1). */
  private static final Set<String> CONVERTIBLE = Set.of("metadata.annotations", "metadata.labels", "metadata.name",
      "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName",
      "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  /** validContainerResourceFieldPathExpressions. */
  public static final List<String> RESOURCES = List.of("limits.cpu", "limits.ephemeral-storage", "limits.memory",
      "requests.cpu", "requests.ephemeral-storage", "requests.memory");
  private static final List<String> HUGEPAGES_PREFIXES = List.of("requests.hugepages-", "limits.hugepages-");
  private static final Set<String> CPU_DIVISORS = Set.of("1m", "1");
  private static final Set<String> BYTE_DIVISORS =
      Set.of("1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei");

  private DownwardApi() {}

  /** A field path split as fieldpath.SplitMaybeSubscriptedPath does: {@code metadata.labels['app']}. */
  public record Subscripted(String path, String subscript) {
    public static Optional<Subscripted> of(String fieldPath) {
      if (!fieldPath.endsWith("']")) {
        return Optional.empty();
      }
      String s = fieldPath.substring(0, fieldPath.length() - 2);
      int open = s.indexOf("['");
      if (open <= 0) {
        return Optional.empty();
      }
      return Optional.of(new Subscripted(s.substring(0, open), s.substring(open + 2)));
    }
  }

  /**
   * The API server's error detail for a fieldRef, or empty when it is accepted; {@code allowed} is
   * {@link #ENV_FIELDS} or {@link #VOLUME_FIELDS}. The label or annotation key of a subscript is
   * checked by the rule (a qualified name, {@code validateObjectFieldSelector}).
   *
   * @return a pair of the error type ("Invalid value" or "Unsupported value") and its detail
   */
  public static Optional<String[]> fieldPathError(String apiVersion, String fieldPath, List<String> allowed) {
    if (apiVersion != null && !apiVersion.equals("v1")) {
      return Optional.of(new String[] {"Invalid value", "error converting fieldPath: unsupported pod version: " + apiVersion});
    }
    Optional<Subscripted> sub = Subscripted.of(fieldPath);
    if (sub.isPresent()) {
      String path = sub.get().path();
      if (!path.equals("metadata.annotations") && !path.equals("metadata.labels")) {
        return Optional.of(new String[] {"Invalid value",
            "error converting fieldPath: field label does not support subscript: " + fieldPath});
      }
      return Optional.empty();
    }
    if (!CONVERTIBLE.contains(fieldPath)) {
      return Optional.of(new String[] {"Invalid value", "error converting fieldPath: field label not supported: " + fieldPath});
    }
    if (!allowed.contains(fieldPath)) {
      return Optional.of(new String[] {"Unsupported value", "supported values: "
          + String.join(", ", allowed.stream().sorted().map(s -> "\"" + s + "\"").toList())});
    }
    return Optional.empty();
  }

  public static boolean isSupportedResource(String resource) {
    return RESOURCES.contains(resource) || HUGEPAGES_PREFIXES.stream().anyMatch(resource::startsWith);
  }

  /** The divisor error detail for {@code resource}, given the divisor's canonical form; empty when accepted. */
  public static Optional<String> divisorError(String resource, String canonicalDivisor) {
    if (resource.endsWith(".cpu")) {
      return CPU_DIVISORS.contains(canonicalDivisor) ? Optional.empty()
          : Optional.of("only divisor's values 1m and 1 are supported with the cpu resource");
    }
    String what = resource.endsWith(".memory") ? "memory" : resource.endsWith(".ephemeral-storage")
        ? "local ephemeral storage" : HUGEPAGES_PREFIXES.stream().anyMatch(resource::startsWith) ? "hugepages" : null;
    if (what == null || BYTE_DIVISORS.contains(canonicalDivisor)) {
      return Optional.empty();
    }
    return Optional.of("only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the "
        + what + " resource");
  }
}

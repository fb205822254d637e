package io.podlint.k8s;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resource names in {@code resources.requests}/{@code limits}, classified like the API server's
 * {@code validateContainerResourceName} and the {@code v1/helper} predicates.
 */
public final class ResourceNames {
  public static final String CPU = "cpu";
  public static final String MEMORY = "memory";
  public static final String EPHEMERAL_STORAGE = "ephemeral-storage";
  public static final String HUGEPAGES_PREFIX = "hugepages-";

  /** Names offered as corrections for unknown names. */
  public static final List<String> SUGGESTIONS =
      List.of(CPU, MEMORY, EPHEMERAL_STORAGE, "hugepages-2Mi", "hugepages-1Gi");

  /** The only resources QoS classes and pod-level budgets look at. */
  public static final Set<String> COMPUTE = Set.of(CPU, MEMORY);

  private static final Set<String> STANDARD_CONTAINER = Set.of(CPU, MEMORY, EPHEMERAL_STORAGE);
  private static final Pattern QUALIFIED_NAME_PART = Pattern.compile("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final String NATIVE_NAMESPACE = "kubernetes.io/";
  private static final String REQUESTS_PREFIX = "requests.";

  private ResourceNames() {}

  public static boolean isHugePages(String name) {
    return name.startsWith(HUGEPAGES_PREFIX);
  }

  /** Unprefixed, or in a {@code *kubernetes.io/} namespace ({@code IsNativeResource}). */
  public static boolean isNative(String name) {
    return !name.contains("/") || name.contains(NATIVE_NAMESPACE);
  }

  /** A vendor resource such as {@code nvidia.com/gpu} ({@code IsExtendedResourceName}). */
  public static boolean isExtended(String name) {
    return !isNative(name) && !name.startsWith(REQUESTS_PREFIX) && isQualifiedName(REQUESTS_PREFIX + name);
  }

  /** Request may be lower than limit: native resources except hugepages ({@code IsOvercommitAllowed}). */
  public static boolean isOvercommitAllowed(String name) {
    return isNative(name) && !isHugePages(name);
  }

  /** Resources whose quantities must be whole numbers in containers. */
  public static boolean isIntegerResource(String name) {
    return isExtended(name);
  }

  /** Counted in bytes. */
  public static boolean isBytes(String name) {
    return name.equals(MEMORY) || name.equals(EPHEMERAL_STORAGE) || isHugePages(name);
  }

  /** The page size of a {@code hugepages-<size>} name, if it is a quantity. */
  public static Optional<Quantity> hugePageSize(String name) {
    return isHugePages(name) ? Quantity.tryParse(name.substring(HUGEPAGES_PREFIX.length())) : Optional.empty();
  }

  /** {@code IsQualifiedName}: an optional DNS-subdomain prefix and {@code /}, then a name of 1-63 characters. */
  public static boolean isQualifiedName(String value) {
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
      name = parts[1];
    } else {
      return false;
    }
    return !name.isEmpty() && name.length() <= 63 && QUALIFIED_NAME_PART.matcher(name).matches();
  }

  /**
   * Why the API server rejects this name in a container's requests or limits, or empty when it
   * accepts it (as a standard, native or extended resource).
   */
  public static Optional<String> containerNameProblem(String name) {
    if (!isQualifiedName(name)) {
      return Optional.of("is not a valid resource name (an optional DNS subdomain prefix and \"/\", then"
          + " up to 63 letters, digits, \"-\", \"_\" or \".\")");
    }
    if (!name.contains("/")) {
      return STANDARD_CONTAINER.contains(name) || isHugePages(name) ? Optional.empty()
          : Optional.of("must be a standard resource for containers (cpu, memory, ephemeral-storage or"
              + " hugepages-<size>), or an extended resource with a domain prefix such as nvidia.com/gpu");
    }
    if (!isNative(name) && !isExtended(name)) {
      return Optional.of("doesn't follow extended resource name standard");
    }
    return Optional.empty();
  }

  /** Pod-level {@code spec.resources} supports cpu, memory and hugepages only. */
  public static boolean isSupportedAtPodLevel(String name) {
    return COMPUTE.contains(name) || isHugePages(name);
  }

  /** A standard name that was probably meant, such as {@code memory} for {@code memroy}. */
  public static Optional<String> suggestion(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : List.of("requests.", "limits.")) {
      if (lower.startsWith(prefix) && containerNameProblem(name.substring(prefix.length())).isEmpty()) {
        return Optional.of(name.substring(prefix.length()));
      }
    }
    switch (lower) {
      case "mem", "ram" -> {
        return Optional.of(MEMORY);
      }
      case "storage", "disk", "ephemeral", "ephemeralstorage", "ephemeral_storage" -> {
        return Optional.of(EPHEMERAL_STORAGE);
      }
      case "gpu", "gpus" -> {
        return Optional.of("nvidia.com/gpu");
      }
      case "cpus", "cores", "vcpu", "vcpus" -> {
        return Optional.of(CPU);
      }
      default -> { }
    }
    if (lower.startsWith("hugepages") && !isHugePages(name)) {
      return Optional.of("hugepages-2Mi");
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : SUGGESTIONS) {
      int d = levenshtein(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(1, Math.min(3, name.length() / 3));
    return bestDistance <= allowed && !best.equals(name) ? Optional.of(best) : Optional.empty();
  }

  private static int levenshtein(String a, String b) {
    return EditDistance.levenshtein(a, b);
  }
}

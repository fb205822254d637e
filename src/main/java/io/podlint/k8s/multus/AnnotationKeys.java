package io.podlint.k8s.multus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The real Multus / NPWG annotation keys and detection of near-miss keys. A misspelled annotation
 * key is a perfectly valid Kubernetes key, so the API server accepts it and Multus silently ignores
 * it: no secondary interface appears.
 */
public final class AnnotationKeys {

  /** Pod (template) annotation selecting secondary networks. */
  public static final String NETWORKS = "k8s.v1.cni.cncf.io/networks";
  /** Pod annotation replacing the cluster default network. */
  public static final String DEFAULT_NETWORK = "v1.multus-cni.io/default-network";
  /** Written by Multus after CNI ADD; read-only for users. */
  public static final String NETWORK_STATUS = "k8s.v1.cni.cncf.io/network-status";
  /** Legacy (deprecated) spelling of {@link #NETWORK_STATUS}, also written by older Multus. */
  public static final String NETWORKS_STATUS_LEGACY = "k8s.v1.cni.cncf.io/networks-status";
  /** Belongs on a NetworkAttachmentDefinition (device-plugin resource), not on a Pod. */
  public static final String RESOURCE_NAME = "k8s.v1.cni.cncf.io/resourceName";

  /** All real keys, in order of preference for near-miss ties. */
  public static final List<String> ALL =
      List.of(NETWORKS, DEFAULT_NETWORK, NETWORK_STATUS, NETWORKS_STATUS_LEGACY, RESOURCE_NAME);

  private static final Set<String> POD_INPUT_KEYS = Set.of(NETWORKS, DEFAULT_NETWORK);
  private static final Set<String> STATUS_KEYS = Set.of(NETWORK_STATUS, NETWORKS_STATUS_LEGACY);

  /** Documented historical variants and the examples from the domain reference. */
  private static final Map<String, String> KNOWN_VARIANTS = Map.ofEntries(
      Map.entry("networks", NETWORKS),
      Map.entry("network", NETWORKS),
      Map.entry("k8s.cni.cncf.io/networks", NETWORKS),
      Map.entry("kubernetes.v1.cni.cncf.io/networks", NETWORKS),
      Map.entry("kubernetes.cni.cncf.io/networks", NETWORKS),
      Map.entry("k8s.vcni.cncf.io/networks", NETWORKS),
      Map.entry("cni.cncf.io/networks", NETWORKS),
      Map.entry("v1.cni.cncf.io/networks", NETWORKS),
      Map.entry("vmultus-cni.io/default-network", DEFAULT_NETWORK),
      Map.entry("multus-cni.io/default-network", DEFAULT_NETWORK),
      Map.entry("k8s.v1.cni.cncf.io/default-network", DEFAULT_NETWORK),
      Map.entry("k8s.cni.cncf.io/network-status", NETWORK_STATUS),
      Map.entry("k8s.cni.cncf.io/resourcename", RESOURCE_NAME));

  private static final Pattern CNI_NETWORK = Pattern.compile("(?i)cni\\.cncf\\.io/network");
  private static final Pattern MULTUS = Pattern.compile("(?i)multus");
  private static final int MAX_DISTANCE = 3;

  private AnnotationKeys() {}

  /** True for one of the {@link #ALL real keys} (exact, case-sensitive). */
  public static boolean isKnown(String key) {
    return ALL.contains(key);
  }

  /** {@code networks} or {@code default-network}: keys users write on Pods/templates. */
  public static boolean isPodInputKey(String key) {
    return POD_INPUT_KEYS.contains(key);
  }

  /** {@code network-status} or the legacy {@code networks-status}: written by Multus only. */
  public static boolean isStatusKey(String key) {
    return STATUS_KEYS.contains(key);
  }

  /** {@code resourceName}: belongs on a NetworkAttachmentDefinition. */
  public static boolean isNadKey(String key) {
    return RESOURCE_NAME.equals(key);
  }

  /**
   * The real key a near-miss {@code key} was most likely meant to be, or empty when {@code key} is
   * a real key or unrelated. A key is a near miss when it differs only in case, is a documented
   * historical variant ({@code networks}, {@code kubernetes.v1.cni.cncf.io/networks}, {@code
   * k8s.cni.cncf.io/networks}, ...), is within Levenshtein distance 3 of a real key (compared
   * case-insensitively), or matches {@code (?i)cni\.cncf\.io/network} or {@code (?i)multus}.
   */
  public static Optional<String> nearMiss(String key) {
    if (key == null || key.isEmpty() || isKnown(key)) {
      return Optional.empty();
    }
    for (String real : ALL) {
      if (real.equalsIgnoreCase(key)) {
        return Optional.of(real);
      }
    }
    String lower = key.toLowerCase(Locale.ROOT).trim();
    String variant = KNOWN_VARIANTS.get(lower);
    if (variant != null) {
      return Optional.of(variant);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String real : ALL) {
      if (Math.abs(real.length() - lower.length()) > MAX_DISTANCE) {
        continue; // the distance is at least the difference in length; asked for every annotation key
      }
      int d = Names.levenshtein(lower, real.toLowerCase(Locale.ROOT));
      if (d <= MAX_DISTANCE && d < bestDistance) {
        best = real;
        bestDistance = d;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    if (CNI_NETWORK.matcher(key).find()) {
      return Optional.of(lower.contains("status") ? NETWORK_STATUS : NETWORKS);
    }
    if (MULTUS.matcher(key).find()) {
      if (lower.contains("status")) {
        return Optional.of(NETWORK_STATUS);
      }
      if (lower.contains("default")) {
        return Optional.of(DEFAULT_NETWORK);
      }
      if (lower.contains("network")) {
        return Optional.of(NETWORKS);
      }
      return Optional.of(DEFAULT_NETWORK);
    }
    return Optional.empty();
  }

  /**
   * The {@link #nearMiss} that a fix may write without asking: a case-only difference, a
   * documented historical variant, or the only real key within the edit distance (not the loose
   * {@code cni.cncf.io/network} and {@code multus} matches).
   */
  public static Optional<String> certainNearMiss(String key) {
    Optional<String> real = nearMiss(key);
    if (real.isEmpty() || real.get().equalsIgnoreCase(key) || KNOWN_VARIANTS.containsKey(key.toLowerCase(Locale.ROOT).trim())) {
      return real;
    }
    String lower = key.toLowerCase(Locale.ROOT).trim();
    long near = ALL.stream().filter(r -> Names.levenshtein(lower, r.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE).count();
    return near == 1 && Names.levenshtein(lower, real.get().toLowerCase(Locale.ROOT)) <= MAX_DISTANCE ? real : Optional.empty();
  }

}

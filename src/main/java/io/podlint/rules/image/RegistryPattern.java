package io.podlint.rules.image;

import io.podlint.k8s.ImageReference;
import java.util.Locale;

/**
 * One entry of an allowed-registries list: a registry ({@code gcr.io}, {@code registry:5000}),
 * every subdomain of one ({@code *.example.com}), or a repository prefix on a registry
 * ({@code ghcr.io/my-org}, {@code docker.io/library}). Registries compare case-insensitively, as
 * host names do; {@code index.docker.io} means {@code docker.io}, as in image references.
 */
record RegistryPattern(String registry, boolean subdomains, String pathPrefix) {

  static RegistryPattern parse(String entry) {
    if (entry == null || entry.isBlank() || entry.contains("://") || entry.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("allowed registry \"" + entry
          + "\" must be a registry host such as gcr.io or registry.example.com:5000, *.example.com, or a registry with a path prefix such as ghcr.io/my-org (no scheme, no whitespace)");
    }
    String e = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    int slash = e.indexOf('/');
    String host = (slash < 0 ? e : e.substring(0, slash)).toLowerCase(Locale.ROOT);
    String path = slash < 0 ? "" : e.substring(slash + 1);
    boolean subdomains = host.startsWith("*.");
    if (subdomains) {
      host = host.substring(1); // keep the dot: ".example.com"
    }
    if (host.equals("index.docker.io")) {
      host = "docker.io";
    }
    return new RegistryPattern(host, subdomains, path);
  }

  /** Whether a valid reference is allowed by this entry. */
  boolean matches(ImageReference ref) {
    String domain = ref.domain().toLowerCase(Locale.ROOT);
    boolean registryMatches = subdomains ? hostOf(domain).endsWith(registry) : domain.equals(registry);
    if (!registryMatches) {
      return false;
    }
    return pathPrefix.isEmpty() || ref.path().equals(pathPrefix) || ref.path().startsWith(pathPrefix + "/");
  }

  /** The host without port: {@code registry:5000} gives {@code registry}, {@code [::1]:5000} gives {@code [::1]}. */
  private static String hostOf(String domain) {
    int colon = domain.lastIndexOf(':');
    return colon > domain.lastIndexOf(']') ? domain.substring(0, colon) : domain;
  }
}

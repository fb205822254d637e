package io.podlint.model;

import io.podlint.k8s.Quantity;
import io.podlint.parse.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code resources} block: a container's, or the pod-level {@code spec.resources}.
 *
 * @param node the {@code resources} mapping (possibly missing)
 */
public record ResourceRequirements(YamlNode node, ResourceList requests, ResourceList limits) {

  public static ResourceRequirements of(YamlNode resources) {
    return new ResourceRequirements(resources, ResourceList.of(resources.get("requests")),
        ResourceList.of(resources.get("limits")));
  }

  public static ResourceRequirements of(ContainerView c) {
    return of(c.get("resources"));
  }

  /** The requirements of a container of {@code w}, whose quantities are parsed once per workload. */
  public static ResourceRequirements of(Workload w, ContainerView c) {
    return w.memo(new MemoKey(c.type(), c.index()), () -> of(c));
  }

  private record MemoKey(ContainerView.Type type, int index) {}

  /**
   * The request after the API server's defaulting: the written request, else the limit (for
   * every resource in {@code limits} missing from {@code requests}, the limit is copied).
   */
  public Optional<Quantity> effectiveRequest(String name) {
    if (requests.has(name)) {
      return requests.quantity(name);
    }
    return limits.quantity(name);
  }

  public Optional<Quantity> limit(String name) {
    return limits.quantity(name);
  }

  /** Every valid effective request, by name. */
  public Map<String, Quantity> effectiveRequests() {
    Map<String, Quantity> out = new LinkedHashMap<>(requests.quantities());
    limits.quantities().forEach((name, q) -> {
      if (!requests.has(name)) {
        out.put(name, q);
      }
    });
    return out;
  }

  /** Whether a positive limit is set (a zero limit means no limit). */
  public boolean hasPositiveLimit(String name) {
    return limit(name).map(q -> q.signum() > 0).orElse(false);
  }

  /** Whether a request or a limit (which becomes the request) is written, whatever its value. */
  public boolean mentions(String name) {
    return requests.has(name) || limits.has(name);
  }
}

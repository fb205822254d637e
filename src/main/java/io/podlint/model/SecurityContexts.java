package io.podlint.model;

import io.podlint.parse.YamlNode;

/**
 * The effective security context of a container: for the fields that exist at both levels
 * ({@code runAsUser}, {@code runAsGroup}, {@code runAsNonRoot}, {@code seLinuxOptions},
 * {@code seccompProfile}, {@code appArmorProfile}, {@code windowsOptions}), the container's own
 * value wins over the pod's.
 */
public final class SecurityContexts {
  private SecurityContexts() {}

  /** The container's {@code securityContext.<field>} when set, else the pod's; missing when neither is. */
  public static YamlNode effective(Workload w, ContainerView c, String field) {
    YamlNode own = c.get("securityContext").get(field);
    return own.hasValue() ? own : w.podSpec().get("securityContext").get(field);
  }

  /** Whether the container is privileged ({@code securityContext.privileged: true}, container level only). */
  public static boolean privileged(ContainerView c) {
    return c.get("securityContext").get("privileged").isTrue();
  }

  /** {@code spec.os.name: windows}: Linux-only fields do not apply. */
  public static boolean windows(Workload w) {
    return "windows".equals(w.podSpec().at("os.name").text());
  }
}

package io.podlint.k8s.podsecurity;

import io.podlint.model.ContainerView;
import io.podlint.parse.YamlNode;
import java.util.List;

/**
 * What one check of the standards says about a Pod, in the plugin's words, and the fields to
 * change.
 *
 * @param reason the plugin's short reason, such as {@code allowPrivilegeEscalation != false}
 * @param detail the plugin's detail, such as {@code container "app" must set securityContext.allowPrivilegeEscalation=false}
 * @param spots the offending fields, or the container (or its securityContext) when a required
 *     field is missing; in document order
 */
public record Violation(String reason, String detail, List<Spot> spots) {
  public Violation {
    spots = List.copyOf(spots);
  }

  /** As the plugin prints it inside {@code violates PodSecurity "...": }: {@code reason (detail)}. */
  public String text() {
    return reason + " (" + detail + ")";
  }

  /** @param container the container the field belongs to, or null for pod-level fields */
  public record Spot(YamlNode node, ContainerView container) {}
}

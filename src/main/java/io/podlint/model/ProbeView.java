package io.podlint.model;

import io.podlint.k8s.ProbeKind;
import io.podlint.parse.YamlNode;

/**
 * One probe of one container.
 *
 * @param node the probe mapping
 */
public record ProbeView(ContainerView container, ProbeKind kind, YamlNode node) {

  /** {@code liveness probe of container "web"}, for messages. */
  public String describe() {
    return kind.label() + " probe of " + container.describe();
  }

  public YamlNode get(String key) {
    return node.get(key);
  }
}

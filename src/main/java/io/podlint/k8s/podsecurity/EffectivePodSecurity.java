package io.podlint.k8s.podsecurity;

import io.podlint.model.InputIndex;
import java.util.Optional;

/**
 * The Pod Security policy admission applies to a workload, and where podlint found it.
 *
 * @param origin for messages: {@code --pod-security restricted:v1.30}, {@code podSecurity in
 *     .podlint.yaml} or {@code the labels of Namespace "shop"}
 */
public record EffectivePodSecurity(NamespacePolicy policy, String origin) {

  /**
   * The assumed policy when there is one ({@code --pod-security} wins over the config, see
   * {@link AssumedPodSecurity}); else the labels of the input's Namespace object named by the
   * workload's own {@code metadata.namespace}; empty when neither is known (a workload without a
   * namespace lands where it is applied, which the input does not say).
   */
  public static Optional<EffectivePodSecurity> of(AssumedPodSecurity assumed, String namespace, InputIndex index) {
    if (assumed != null) {
      return Optional.of(new EffectivePodSecurity(assumed.policy(), assumed.origin()));
    }
    if (namespace == null || namespace.isEmpty()) {
      return Optional.empty();
    }
    return index.namespaceLabels(namespace).map(labels -> new EffectivePodSecurity(NamespacePolicy.fromLabels(labels),
        "the labels of Namespace \"" + namespace + "\""));
  }
}

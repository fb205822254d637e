package io.podlint.rules.network;

import io.podlint.k8s.multus.NetworkSelectionParser;

/**
 * Parameters of the Multus checks.
 *
 * @param multusNamespace Multus' {@code multusNamespace}, where an unqualified {@code
 *     v1.multus-cni.io/default-network} is looked up (default {@code kube-system})
 */
record MultusParams(String multusNamespace) {
  MultusParams {
    if (multusNamespace == null || multusNamespace.isBlank()) {
      multusNamespace = NetworkSelectionParser.DEFAULT_MULTUS_NAMESPACE;
    }
  }
}

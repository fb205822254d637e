package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnotationKeysTest {

  @ParameterizedTest
  @ValueSource(strings = {"k8s.v1.cni.cncf.io/networks", "v1.multus-cni.io/default-network",
      "k8s.v1.cni.cncf.io/network-status", "k8s.v1.cni.cncf.io/networks-status",
      "k8s.v1.cni.cncf.io/resourceName"})
  void realKeysAreNotNearMisses(String key) {
    assertThat(AnnotationKeys.isKnown(key)).isTrue();
    assertThat(AnnotationKeys.nearMiss(key)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      // case-insensitive equality
      "K8s.v1.cni.cncf.io/Networks, k8s.v1.cni.cncf.io/networks",
      "k8s.v1.cni.cncf.io/resourcename, k8s.v1.cni.cncf.io/resourceName",
      "V1.Multus-CNI.io/Default-Network, v1.multus-cni.io/default-network",
      // documented historical variants
      "k8s.cni.cncf.io/networks, k8s.v1.cni.cncf.io/networks",
      "kubernetes.v1.cni.cncf.io/networks, k8s.v1.cni.cncf.io/networks",
      "kubernetes.cni.cncf.io/networks, k8s.v1.cni.cncf.io/networks",
      "networks, k8s.v1.cni.cncf.io/networks",
      "Networks, k8s.v1.cni.cncf.io/networks",
      // examples from the reference
      "k8s.vcni.cncf.io/networks, k8s.v1.cni.cncf.io/networks",
      "vmultus-cni.io/default-network, v1.multus-cni.io/default-network",
      // Levenshtein <= 3
      "k8s.v1.cni.cncf.io/network, k8s.v1.cni.cncf.io/networks",
      "k8s.v1.cni.cncf.io/netwroks, k8s.v1.cni.cncf.io/networks",
      "k8s.v2.cni.cncf.io/networks, k8s.v1.cni.cncf.io/networks",
      "k8s.v1.cni.cnf.io/networks, k8s.v1.cni.cncf.io/networks",
      "v1.multus-cni.io/default-networks, v1.multus-cni.io/default-network",
      "v1.multus.io/default-network, v1.multus-cni.io/default-network",
      "k8s.v1.cni.cncf.io/networkstatus, k8s.v1.cni.cncf.io/network-status",
      "k8s.v1.cni.cncf.io/resource-name, k8s.v1.cni.cncf.io/resourceName",
      // regex (?i)cni\\.cncf\\.io/network
      "example.cni.cncf.io/networks-list, k8s.v1.cni.cncf.io/networks",
      "foo.cni.cncf.io/network-status-old, k8s.v1.cni.cncf.io/network-status",
      // regex (?i)multus
      "multus.io/networks, k8s.v1.cni.cncf.io/networks",
      "multus-cni.io/default-net, v1.multus-cni.io/default-network",
      "example.com/multus, v1.multus-cni.io/default-network",
      "multus/status, k8s.v1.cni.cncf.io/network-status"})
  void nearMisses(String key, String expected) {
    assertThat(AnnotationKeys.nearMiss(key)).contains(expected);
    assertThat(AnnotationKeys.isKnown(key)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"prometheus.io/scrape", "kubernetes.io/ingress.class",
      "networking.istio.io/exportTo", "sidecar.istio.io/inject", "cni.projectcalico.org/ipAddrs",
      "k8s.ovn.org/pod-networks", "kubernetes.io/egress-bandwidth", "app", "network-policy",
      "kubectl.kubernetes.io/last-applied-configuration", "", "io/networks-x"})
  void unrelatedKeysAreNotFlagged(String key) {
    assertThat(AnnotationKeys.nearMiss(key)).isEmpty();
  }

  @Test
  void classification() {
    assertThat(AnnotationKeys.isPodInputKey(AnnotationKeys.NETWORKS)).isTrue();
    assertThat(AnnotationKeys.isPodInputKey(AnnotationKeys.DEFAULT_NETWORK)).isTrue();
    assertThat(AnnotationKeys.isPodInputKey(AnnotationKeys.NETWORK_STATUS)).isFalse();
    assertThat(AnnotationKeys.isStatusKey(AnnotationKeys.NETWORKS_STATUS_LEGACY)).isTrue();
    assertThat(AnnotationKeys.isStatusKey(AnnotationKeys.NETWORK_STATUS)).isTrue();
    assertThat(AnnotationKeys.isNadKey(AnnotationKeys.RESOURCE_NAME)).isTrue();
    assertThat(AnnotationKeys.ALL).hasSize(5);
    assertThat(AnnotationKeys.nearMiss(null)).isEmpty();
  }
}

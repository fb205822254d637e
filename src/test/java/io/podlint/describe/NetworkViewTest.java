package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.describe.PodLifecycle.Interface;
import io.podlint.describe.PodLifecycle.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkViewTest {
  private static final String NAD = """
      apiVersion: k8s.cni.cncf.io/v1
      kind: NetworkAttachmentDefinition
      metadata: {name: %s, namespace: shop}
      spec:
        config: '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "static", "routes": [{"dst": "%s"}]}}'
      ---
      """;

  private static Network of(String annotations, String extra) {
    String yaml = NAD.formatted("storage", "10.0.0.0/8") + NAD.formatted("wan", "0.0.0.0/0") + extra + """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: shop
          annotations:
        """ + annotations.indent(4) + "spec:\n  containers: [{name: a}]\n";
    return NetworkView.of(Workloads.first(yaml), Workloads.index(yaml), List.of());
  }

  @Test
  void clusterNetworkThenAttachmentsWithAutomaticNetNNames() {
    Network n = of("k8s.v1.cni.cncf.io/networks: storage, other/missing, storage@san0, wan", "");
    assertThat(n.interfaces()).extracting(Interface::name).containsExactly("eth0", "net1", "net2", "san0", "net4");
    assertThat(n.interfaces()).extracting(Interface::automatic).containsExactly(false, true, true, false, true);
    assertThat(n.interfaces().get(0).clusterNetwork()).isTrue();
    Interface net2 = n.interfaces().get(2);
    assertThat(net2.nadNamespace()).isEqualTo("other");
    assertThat(net2.nadFound()).isFalse();
    assertThat(n.interfaces().get(1).nadFound()).isTrue();
    assertThat(n.interfaces().get(1).pluginTypes()).containsExactly("macvlan");
    assertThat(n.defaultRoute()).isEqualTo("eth0");
    // wan's IPAM routes 0.0.0.0/0 and nothing asks for default-route: a second default route
    assertThat(n.extraDefaultRoutes()).containsExactly("net4");
  }

  @Test
  void defaultRouteMovesToTheElementThatAsksForIt() {
    Network n = of("k8s.v1.cni.cncf.io/networks: '[{\"name\": \"storage\"}, {\"name\": \"wan\", \"interface\": \"wan0\", \"default-route\": [\"192.0.2.1\"]}]'", "");
    assertThat(n.interfaces()).extracting(Interface::name).containsExactly("eth0", "net1", "wan0");
    assertThat(n.defaultRoute()).isEqualTo("wan0");
    assertThat(n.interfaces().get(2).defaultRouteGateways()).containsExactly("192.0.2.1");
    assertThat(n.extraDefaultRoutes()).isEmpty(); // Multus strips the other gateways
  }

  @Test
  void duplicateAndEth0NamesFail() {
    Network n = of("k8s.v1.cni.cncf.io/networks: storage@data0, wan@data0, storage@eth0", "");
    assertThat(n.interfaces().get(1).failure()).isNull();
    assertThat(n.interfaces().get(2).failure()).startsWith("fails: \"interface name data0 already exists\"");
    assertThat(n.interfaces().get(3).failure()).contains("eth0 is the cluster network's");
  }

  @Test
  void defaultNetworkReplacesTheClusterNetworkOnEth0() {
    Network n = of("v1.multus-cni.io/default-network: shop/wan", "");
    assertThat(n.interfaces()).hasSize(1);
    assertThat(n.interfaces().get(0).name()).isEqualTo("eth0");
    assertThat(n.interfaces().get(0).nadName()).isEqualTo("wan");
    assertThat(n.interfaces().get(0).nadFound()).isTrue();
  }

  @Test
  void unparsableSelectionAndHostNetwork() {
    Network broken = of("k8s.v1.cni.cncf.io/networks: '[{\"name\": '", "");
    assertThat(broken.problem()).contains("cannot be parsed");
    assertThat(broken.interfaces()).extracting(Interface::name).containsExactly("eth0");
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {k8s.v1.cni.cncf.io/networks: storage}}\n"
        + "spec: {hostNetwork: true, containers: [{name: a}]}\n";
    Network host = NetworkView.of(Workloads.first(yaml), Workloads.index(yaml), List.of());
    assertThat(host.hostNetwork()).isTrue();
    assertThat(host.interfaces()).isEmpty();
  }
}

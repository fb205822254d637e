package io.podlint.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Workload;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import io.podlint.rules.network.ValueIssue.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodNetworksTest {

  private static Workload pod(String annotations) {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n  annotations:\n"
        + annotations + "spec:\n  containers: [{name: a, image: b:1}]\n";
    ParsedFile f = new YamlParser().parse("p.yaml", yaml);
    assertThat(f.problems()).isEmpty();
    return Workload.of(f.documents().get(0), Map.of()).orElseThrow();
  }

  private static List<String> issues(String annotations) {
    return PodNetworks.of(pod(annotations), "kube-system").issues().stream()
        .map(i -> i.kind() + "@" + i.at()).toList();
  }

  @Test
  void problemsAreClassifiedAndLocatedInsideSingleQuotedJson() {
    // the value's opening quote is in column 34
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: '[{\"name\": \"a\", \"gateway\": [\"10.0.0.1\"],"
        + " \"interface\": \"eth0\", \"ips\": \"10.0.0.5/24\"}]'\n"))
        .containsExactly("UNKNOWN_KEY@7:50", "MALFORMED@7:103", "INTERFACE_CONFLICT@7:88");
  }

  @Test
  void blockScalarProblemsPointAtTheirOwnLine() {
    assertThat(issues("""
            k8s.v1.cni.cncf.io/networks: |
              [
                {"name": "a", "interface": "data0", "default-route": ["10.0.0.1"]},
                {"name": "b", "interface": "data0", "default-route": ["10.0.0.2"]}
              ]
        """)).containsExactly("INTERFACE_CONFLICT@10:36", "DEFAULT_ROUTE_ECMP@10:62");
  }

  @Test
  void doubleQuotedJsonWithEscapesIsLocatedAtTheEscapedToken() {
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: \"[{\\\"name\\\": \\\"a\\\", \\\"interfaceRequest\\\": \\\"x\\\"}]\"\n"))
        .containsExactly("DEPRECATED_KEY@7:54");
  }

  @Test
  void textFormAndDefaultNetwork() {
    assertThat(issues("""
            k8s.v1.cni.cncf.io/networks: a@data0, b@data0, c@eth0:1
            v1.multus-cni.io/default-network: calico-alt
        """)).containsExactly("INTERFACE_INVALID@7:54", "INTERFACE_CONFLICT@7:45",
        "DEFAULT_NETWORK_NAMESPACE@8:39");
    assertThat(issues("    v1.multus-cni.io/default-network: a, b\n")).containsExactly("DEFAULT_NETWORK_COUNT@7:42");
  }

  @Test
  void nonStringValuesAndTemplatesAndEmptyValues() {
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: [a, b]\n")).containsExactly("NOT_A_STRING@7:5");
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: 42\n")).containsExactly("NOT_A_STRING@7:34");
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: '{{ .Values.networks }}'\n")).isEmpty();
    assertThat(issues("    k8s.v1.cni.cncf.io/networks: ''\n")).isEmpty();
  }

  @Test
  void referencesCarryNamespacesInterfacesAndRequests() {
    PodNetworks p = PodNetworks.of(pod("""
            k8s.v1.cni.cncf.io/networks: '[{"name": "a", "ips": ["10.0.0.5/24"], "mac": "c2:b0:57:49:47:f1"}, {"name": "b", "namespace": "infra"}]'
            v1.multus-cni.io/default-network: calico-alt
        """), "kube-system");
    assertThat(p.refs()).extracting(r -> r.namespace() + "/" + r.name() + ":" + r.interfaceName() + ":" + r.at().location())
        .containsExactly("shop/a:net1:7:45", "infra/b:net2:7:112", "kube-system/calico-alt:eth0:8:39");
    assertThat(p.refs().get(0).requests()).extracting(PodNetworks.Request::capability).containsExactly("ips", "mac");
    assertThat(p.filtersDefaultRoutes()).isFalse();
    assertThat(p.issues()).extracting(ValueIssue::kind).containsExactly(Kind.DEFAULT_NETWORK_NAMESPACE);
  }
}

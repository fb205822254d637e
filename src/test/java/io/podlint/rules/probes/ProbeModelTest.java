package io.podlint.rules.probes;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.ProbeKind;
import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ContainerView;
import io.podlint.model.Probes;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults, budgets and handler signatures of probes. */
class ProbeModelTest {

  private static YamlNode yaml(String text) {
    return new YamlParser().parse("test.yaml", text).documents().get(0).root();
  }

  private static ContainerView container(String text) {
    return new ContainerView(yaml(text), ContainerView.Type.REGULAR, 0);
  }

  @Test
  void timingsApplyTheDefaultsForZeroAndAbsent() {
    ProbeTimings t = ProbeTimings.of(yaml("{periodSeconds: 0, failureThreshold: 5}")).orElseThrow();
    assertThat(t).isEqualTo(new ProbeTimings(0, 1, 10, 1, 5));
    assertThat(t.budgetSeconds()).isEqualTo(50);
    assertThat(t.budgetFormula()).isEqualTo("initialDelaySeconds 0 + failureThreshold 5 * periodSeconds 10 = 50s");
  }

  @Test
  void timingsKeepExplicitValuesAndInitialDelay() {
    ProbeTimings t = ProbeTimings.of(yaml("{initialDelaySeconds: 15, timeoutSeconds: 3, periodSeconds: 5, successThreshold: 2, failureThreshold: 4}")).orElseThrow();
    assertThat(t).isEqualTo(new ProbeTimings(15, 3, 5, 2, 4));
    assertThat(t.budgetSeconds()).isEqualTo(35);
  }

  @Test
  void timingsAreUnknownWhenAFieldIsNegativeOrNotAnInteger() {
    assertThat(ProbeTimings.of(yaml("{periodSeconds: -1}"))).isEmpty();
    assertThat(ProbeTimings.of(yaml("{periodSeconds: \"10\"}"))).isEmpty();
    assertThat(ProbeTimings.of(yaml("{periodSeconds: ~}"))).contains(new ProbeTimings(0, 1, 10, 1, 3));
  }

  @Test
  void signaturesApplyDefaultsAndResolveNamedPorts() {
    ContainerView c = container("""
        name: web
        ports: [{name: http, containerPort: 8080}]
        livenessProbe: {httpGet: {port: http}}
        readinessProbe: {httpGet: {path: /, port: 8080, scheme: HTTP}}
        startupProbe: {httpGet: {path: /, port: 8080, scheme: HTTPS}}
        """);
    ContainerPorts ports = ContainerPorts.of(c);
    Optional<String> liveness = ProbeHandlers.signature(Probes.of(c, ProbeKind.LIVENESS).orElseThrow(), ports);
    assertThat(liveness).isPresent();
    assertThat(ProbeHandlers.signature(Probes.of(c, ProbeKind.READINESS).orElseThrow(), ports)).isEqualTo(liveness);
    assertThat(ProbeHandlers.signature(Probes.of(c, ProbeKind.STARTUP).orElseThrow(), ports)).isNotEqualTo(liveness);
  }

  @Test
  void signaturesDistinguishCommandsServicesAndHeaders() {
    ContainerView c = container("""
        name: app
        livenessProbe: {exec: {command: [cat, /tmp/a]}}
        readinessProbe: {exec: {command: ["cat /tmp/a"]}}
        startupProbe: {grpc: {port: 9090}}
        """);
    ContainerPorts ports = ContainerPorts.of(c);
    assertThat(ProbeHandlers.signature(Probes.of(c, ProbeKind.LIVENESS).orElseThrow(), ports))
        .isNotEqualTo(ProbeHandlers.signature(Probes.of(c, ProbeKind.READINESS).orElseThrow(), ports));
    ContainerView d = container("""
        name: app
        livenessProbe: {grpc: {port: 9090, service: ""}}
        readinessProbe: {httpGet: {port: 80, httpHeaders: [{name: Host, value: a}]}}
        startupProbe: {httpGet: {port: 80}}
        """);
    assertThat(ProbeHandlers.signature(Probes.of(d, ProbeKind.LIVENESS).orElseThrow(), ports))
        .isEqualTo(ProbeHandlers.signature(Probes.of(c, ProbeKind.STARTUP).orElseThrow(), ports));
    assertThat(ProbeHandlers.signature(Probes.of(d, ProbeKind.READINESS).orElseThrow(), ports))
        .isNotEqualTo(ProbeHandlers.signature(Probes.of(d, ProbeKind.STARTUP).orElseThrow(), ports));
  }

  @Test
  void noSignatureWithoutExactlyOneHandler() {
    ContainerView c = container("""
        name: app
        livenessProbe: {periodSeconds: 5}
        readinessProbe: {exec: {command: [a]}, tcpSocket: {port: 80}}
        """);
    assertThat(ProbeHandlers.signature(Probes.of(c, ProbeKind.LIVENESS).orElseThrow(), ContainerPorts.of(c))).isEmpty();
    assertThat(ProbeHandlers.signature(Probes.of(c, ProbeKind.READINESS).orElseThrow(), ContainerPorts.of(c))).isEmpty();
  }

  @Test
  void handlersAreListedInDocumentOrderAndNullOnesIgnored() {
    YamlNode probe = yaml("{tcpSocket: {port: 80}, exec: ~, httpGet: {port: 80}}");
    assertThat(ProbeHandlers.present(probe)).extracting(YamlNode::key).containsExactly("tcpSocket", "httpGet");
  }

  @Test
  void containerPortsByNameAndNumber() {
    ContainerPorts ports = ContainerPorts.of(container("""
        name: app
        ports: [{name: http, containerPort: 8080}, {containerPort: 9090}, {name: dns, containerPort: 53, protocol: UDP}]
        """));
    assertThat(ports.known()).isTrue();
    assertThat(ports.numberOf("http")).contains(8080L);
    assertThat(ports.sortedNames()).containsExactly("dns", "http");
    assertThat(ports.sortedNumbers()).containsExactly(53L, 8080L, 9090L);
    assertThat(ContainerPorts.of(container("{name: a, ports: {}}")).known()).isFalse();
    assertThat(ContainerPorts.of(container("{name: a}")).any()).isFalse();
  }
}

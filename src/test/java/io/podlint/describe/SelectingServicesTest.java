package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.describe.PodLifecycle.SelectingService;
import io.podlint.describe.PodLifecycle.ServicePortTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where each port of a selecting Service lands, as the endpoint controller resolves it
 * (kubernetes/kubernetes staging/src/k8s.io/endpointslice/utils.go: FindPort): a named target by
 * name and protocol in the regular containers, then in native sidecars; a number as is.
 */
class SelectingServicesTest {
  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: shop, labels: {app: web, tier: front}}
      spec:
        initContainers:
          - name: proxy
            restartPolicy: Always
            ports: [{name: admin, containerPort: 15000}]
        containers:
          - name: web
            ports:
              - {name: http, containerPort: 8080}
              - {name: dns, containerPort: 5353, protocol: UDP}
      """;

  private static List<SelectingService> of(String services) {
    String yaml = POD + "---\n" + services;
    return SelectingServices.of(Workloads.first(yaml), Workloads.index(yaml));
  }

  @Test
  void eachPortLandsOnTheContainerThatDeclaresItsTarget() {
    List<SelectingService> s = of("""
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          selector: {app: web}
          ports:
            - {name: http, port: 80, targetPort: http}
            - {name: admin, port: 15000, targetPort: admin}
            - {name: direct, port: 8080}
            - {name: dns, port: 53, targetPort: dns}
            - {name: other, port: 81, targetPort: 9999}
        """);
    assertThat(s).extracting(SelectingService::name).containsExactly("web");
    assertThat(s.get(0).ports()).containsExactly(
        new ServicePortTarget("http", 80, "TCP", "http", 8080, "web", true),
        new ServicePortTarget("admin", 15000, "TCP", "admin", 15000, "proxy", true),
        new ServicePortTarget("direct", 8080, "TCP", "8080", 8080, "web", true),
        // dns is declared as UDP, the Service port is TCP: FindPort needs both to agree.
        new ServicePortTarget("dns", 53, "TCP", "dns", null, null, false),
        new ServicePortTarget("other", 81, "TCP", "9999", 9999, null, true));
  }

  @Test
  void servicesWhoseSelectorIsNotAmongThePodLabelsAreNotListed() {
    assertThat(of("""
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: shop}
        spec: {selector: {app: web, tier: back}, ports: [{port: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: other-namespace, namespace: prod}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: headless, namespace: shop}
        spec: {clusterIP: None, selector: {tier: front}}
        """)).extracting(SelectingService::name, SelectingService::headless).containsExactly(
            org.assertj.core.groups.Tuple.tuple("headless", true));
  }
}

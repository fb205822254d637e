package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.Document;
import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputIndexTest {

  private static InputIndex index(String yaml) {
    InputIndex.Builder b = new InputIndex.Builder();
    for (Document d : new YamlParser().parse("in.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents()) {
      b.add(d);
    }
    return b.build();
  }

  @Test
  void statefulSetClaimsAreTemplateNameOrdinal() {
    InputIndex index = index("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: web, namespace: prod}
        spec:
          volumeClaimTemplates:
            - metadata: {name: www}
            - metadata: {name: logs}
        """);
    assertThat(index.ofKind("StatefulSet").get(0).claimTemplates()).containsExactly("www", "logs");
    assertThat(index.isStatefulSetClaim("prod", "www-web-0")).isTrue();
    assertThat(index.isStatefulSetClaim("prod", "logs-web-12")).isTrue();
    assertThat(index.isStatefulSetClaim("prod", "www-web-")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-web-a")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-other-0")).isFalse();
    assertThat(index.isStatefulSetClaim("dev", "www-web-0")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "web-0")).isFalse();
    assertThat(index.isStatefulSetClaim("prod", "www-web-0-1")).isFalse();
  }

  @Test
  void statefulSetNamesMayEndInDigits() {
    InputIndex index = index("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db-2}
        spec: {volumeClaimTemplates: [{metadata: {name: data}}]}
        """);
    assertThat(index.isStatefulSetClaim("default", "data-db-2-0")).isTrue();
    assertThat(index.isStatefulSetClaim("default", "data-db-20")).isFalse();
  }

  @Test
  void copiesOfAServiceSelectOnceAndDistinctServicesEach() {
    String service = """
        apiVersion: v1
        kind: Service
        metadata: {name: %s}
        spec: {selector: {app: web, tier: front}, ports: [{port: %d}]}
        ---
        """;
    InputIndex index = index(service.formatted("web", 80) + service.formatted("web", 80) + service.formatted("web", 81)
        + service.formatted("api", 80) + service.formatted("web", 80));
    assertThat(index.servicesSelecting("default", java.util.Map.of("app", "web", "tier", "front", "x", "y")))
        .extracting(o -> o.name() + ":" + o.servicePorts() + "@" + o.location().line())
        .containsExactly("web:[80->80]@1", "web:[81->81]@11", "api:[80->80]@16");
    assertThat(index.servicesSelecting("default", java.util.Map.of("app", "web"))).isEmpty();
    assertThat(index.distinctNamesIn("Service", "default")).containsExactly("web", "api");
  }
}

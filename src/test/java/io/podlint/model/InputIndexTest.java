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
  }
}

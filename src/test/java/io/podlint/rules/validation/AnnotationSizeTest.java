package io.podlint.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Finding;
import io.podlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ValidateAnnotationsSize} (kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go): keys and values together
 * may reach 262144 bytes, not one more; bytes, not characters, are counted. Too large for a
 * fixture file, so the manifests are written here.
 */
class AnnotationSizeTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"262144, x, false", "262145, x, true", "262144, é, false", "262145, é, true"})
  void totalSizeLimit(int total, String fill, boolean rejected) throws IOException {
    String key = "example.com/blob";
    int rest = total - key.length();
    // "é" is two bytes in UTF-8: about 131072 characters already reach the byte limit
    String value = "x".equals(fill) ? "x".repeat(rest) : "é".repeat(rest / 2) + (rest % 2 == 1 ? "x" : "");
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          annotations:
            %s: "%s"
        data: {}
        """.formatted(key, value);
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, yaml);
    int bytes = key.length() + value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(bytes).isEqualTo(total);
    List<Finding> findings = Fixtures.run(file, Fixtures.policy("annotation-invalid")).findings();
    assertThat(findings).hasSize(rejected ? 1 : 0);
    if (rejected) {
      assertThat(findings.get(0).line()).isEqualTo(5);
      assertThat(findings.get(0).message()).startsWith("metadata.annotations: Too long: must have at most 262144 bytes");
    }
  }
}

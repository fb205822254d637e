package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Table-driven cases for {@link DownwardApi} and {@link IntOrPercent}, from kubernetes/kubernetes
 * pkg/apis/core/validation/validation.go (validateObjectFieldSelector with
 * validEnvDownwardAPIFieldPathExpressions and validVolumeDownwardAPIFieldPathExpressions,
 * validateContainerResourceDivisor), pkg/apis/core/pods/helpers.go (ConvertDownwardAPIFieldLabel)
 * and apimachinery util/validation (IsValidPercent). Valid and invalid side by side.
 */
class DownwardApiTest {

  @Test
  void envAndVolumeFieldSets() {
    for (String ok : new String[] {"metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
        "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
        "metadata.labels['app']", "metadata.annotations['example.com/team']"}) {
      assertThat(DownwardApi.fieldPathError(null, ok, DownwardApi.ENV_FIELDS)).as(ok).isEmpty();
    }
    for (String ok : new String[] {"metadata.name", "metadata.labels", "metadata.annotations", "metadata.uid",
        "metadata.labels['app']"}) {
      assertThat(DownwardApi.fieldPathError("v1", ok, DownwardApi.VOLUME_FIELDS)).as(ok).isEmpty();
    }
    // Convertible but not allowed there: Unsupported value.
    assertThat(DownwardApi.fieldPathError(null, "metadata.labels", DownwardApi.ENV_FIELDS).get()[0])
        .isEqualTo("Unsupported value");
    assertThat(DownwardApi.fieldPathError(null, "spec.nodeName", DownwardApi.VOLUME_FIELDS).get()[0])
        .isEqualTo("Unsupported value");
    assertThat(DownwardApi.fieldPathError(null, "status.phase", DownwardApi.ENV_FIELDS).get()[1])
        .startsWith("supported values: \"metadata.name\", \"metadata.namespace\"");
    // Not convertible: Invalid value with the conversion error.
    assertThat(DownwardApi.fieldPathError(null, "spec.nodename", DownwardApi.ENV_FIELDS).get()[1])
        .isEqualTo("error converting fieldPath: field label not supported: spec.nodename");
    assertThat(DownwardApi.fieldPathError(null, "spec.nodeName['x']", DownwardApi.ENV_FIELDS).get()[1])
        .isEqualTo("error converting fieldPath: field label does not support subscript: spec.nodeName['x']");
    assertThat(DownwardApi.fieldPathError("v2", "metadata.name", DownwardApi.ENV_FIELDS).get()[1])
        .isEqualTo("error converting fieldPath: unsupported pod version: v2");
  }

  @Test
  void resourcesAndDivisors() {
    assertThat(DownwardApi.isSupportedResource("limits.cpu")).isTrue();
    assertThat(DownwardApi.isSupportedResource("requests.hugepages-1Gi")).isTrue();
    assertThat(DownwardApi.isSupportedResource("limits.gpu")).isFalse();
    assertThat(DownwardApi.isSupportedResource("cpu")).isFalse();
    assertThat(DownwardApi.divisorError("limits.cpu", "1m")).isEmpty();
    assertThat(DownwardApi.divisorError("limits.cpu", Quantity.parse("1000m").canonical())).isEmpty();
    assertThat(DownwardApi.divisorError("limits.cpu", "10m")).contains(
        "only divisor's values 1m and 1 are supported with the cpu resource");
    assertThat(DownwardApi.divisorError("requests.memory", "1Mi")).isEmpty();
    assertThat(DownwardApi.divisorError("requests.memory", Quantity.parse("1024").canonical())).isPresent();
    assertThat(DownwardApi.divisorError("limits.ephemeral-storage", "2Gi")).get().asString()
        .endsWith("local ephemeral storage resource");
    assertThat(DownwardApi.divisorError("limits.hugepages-2Mi", "1Ki")).isEmpty();
  }

  @Test
  void percents() {
    assertThat(IntOrPercent.isValidPercent("25%")).isTrue();
    assertThat(IntOrPercent.isValidPercent("0%")).isTrue();
    assertThat(IntOrPercent.isValidPercent("1")).isFalse();
    assertThat(IntOrPercent.isValidPercent("-5%")).isFalse();
    assertThat(IntOrPercent.isValidPercent("12.5%")).isFalse();
    assertThat(IntOrPercent.percentValue("150%")).hasValue(150);
    assertThat(IntOrPercent.percentValue("x")).isEmpty();
  }
}

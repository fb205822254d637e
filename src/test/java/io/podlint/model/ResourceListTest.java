package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.Quantity.ErrorKind;
import io.podlint.parse.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceListTest {

  private static ResourceList list(String yaml) {
    var parsed = new YamlParser().parse("test.yaml", yaml);
    return ResourceList.of(parsed.documents().get(0).root());
  }

  /** YAML numbers reach the API server as JSON numbers, through kubectl's YAML-to-JSON conversion. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0.5|500m", "1073741824|1073741824", "0x10|16", "0755|493", "1_000|1k", "1e3|1k", "0.50|500m", ".5|500m",
      "1.5e9|1500M", "'1e3'|1e3", "'0x10'|invalid", "1:30|90", "+1|1", "1e21|1e+21", "0.0000001|100e-9"})
  void yamlNumbersAreDecodedAsTheApiServerSeesThem(String yaml, String canonical) {
    ResourceEntry e = list("cpu: " + yaml + "\n").get("cpu").orElseThrow();
    if (canonical.equals("invalid")) {
      assertThat(e.isValid()).isFalse();
      assertThat(e.error().kind()).isEqualTo(ErrorKind.FORMAT);
    } else {
      assertThat(e.quantity().canonical()).isEqualTo(canonical);
    }
  }

  @Test
  void messagesShowTheValueAsWritten() {
    assertThat(list("memory: 0.50\n").get("memory").orElseThrow().quantity().original()).isEqualTo("0.50");
  }

  @Test
  void nullIsZeroAndCollectionsAreNotQuantities() {
    ResourceList l = list("cpu: ~\nmemory: {amount: 1Gi}\nephemeral-storage: [1]\n");
    assertThat(l.get("cpu").orElseThrow().quantity()).isEqualTo(Quantity.ZERO);
    assertThat(l.get("cpu").orElseThrow().isNull()).isTrue();
    assertThat(l.get("memory").orElseThrow().isNotScalar()).isTrue();
    assertThat(l.get("ephemeral-storage").orElseThrow().isNotScalar()).isTrue();
    assertThat(l.quantities()).containsOnlyKeys("cpu");
  }

  @Test
  void theLastDuplicateWinsAndValuesAreRoundedUpToMilli() {
    ResourceList l = list("cpu: 1\nmemory: 1Gi\ncpu: 0.0005\n");
    assertThat(l.quantity("cpu").orElseThrow().canonical()).isEqualTo("1m");
    assertThat(l.entries()).extracting(ResourceEntry::name).containsExactly("memory", "cpu");
  }

  @Test
  void requestsDefaultToLimits() {
    var parsed = new YamlParser().parse("t.yaml", "requests: {cpu: 100m}\nlimits: {cpu: 200m, memory: 1Gi}\n");
    ResourceRequirements r = ResourceRequirements.of(parsed.documents().get(0).root());
    assertThat(r.effectiveRequest("cpu").orElseThrow().canonical()).isEqualTo("100m");
    assertThat(r.effectiveRequest("memory").orElseThrow().canonical()).isEqualTo("1Gi");
    assertThat(r.effectiveRequests()).containsOnlyKeys("cpu", "memory");
    assertThat(r.hasPositiveLimit("memory")).isTrue();
    assertThat(r.mentions("ephemeral-storage")).isFalse();
  }
}

package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.YamlParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a LimitRange fills in: kubernetes/kubernetes pkg/apis/core/v1/defaults.go
 * (SetDefaults_LimitRangeItem: default from max, defaultRequest from default and min) and
 * plugin/pkg/admission/limitranger/admission.go (defaultContainerResourceRequirements: only
 * type Container items).
 */
class LimitRangeDefaultsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{type: Container, defaultRequest: {memory: 1Mi}}        | memory     | ''",
      "{type: Container, default: {cpu: 1}}                    | cpu        | cpu",
      "{type: Container, max: {cpu: 1, memory: 1Gi}}           | cpu,memory | cpu,memory",
      "{type: Container, min: {memory: 1Mi}}                   | memory     | ''",
      "{type: Pod, default: {cpu: 1}, max: {memory: 1Gi}}      | ''         | ''",
      "{type: PersistentVolumeClaim, max: {storage: 1Gi}}      | ''         | ''",
      "{default: {cpu: 1}}                                     | ''         | ''",
  })
  void defaults(String item, String requests, String limits) {
    String yaml = "apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits: [" + item + "]\n";
    LimitRangeDefaults d = LimitRangeDefaults.of(
        new YamlParser().parse("l.yaml", yaml.getBytes(StandardCharsets.UTF_8)).documents().get(0).root());
    assertThat(String.join(",", new java.util.TreeSet<>(d.requests()))).isEqualTo(requests);
    assertThat(String.join(",", new java.util.TreeSet<>(d.limits()))).isEqualTo(limits);
  }
}

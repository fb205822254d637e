package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"cpu", "memory", "ephemeral-storage", "hugepages-2Mi", "hugepages-1Gi", "hugepages-big",
      "nvidia.com/gpu", "intel.com/sriov_netdevice", "amd.com/GPU_v2", "example.kubernetes.io/widget",
      "kubernetes.io/batch-priority"})
  void containerNamesTheApiServerAccepts(String name) {
    assertThat(ResourceNames.containerNameProblem(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "memroy|must be a standard resource for containers",
      "gpu|must be a standard resource for containers",
      "CPU|must be a standard resource for containers",
      "pods|must be a standard resource for containers",
      "requests.example.com/foo|doesn't follow extended resource name standard",
      "example.com/a/b|is not a valid resource name",
      "Example.com/gpu|is not a valid resource name",
      "/gpu|is not a valid resource name",
      "nvidia.com/|is not a valid resource name",
      "nvidia.com/-gpu|is not a valid resource name"})
  void containerNamesTheApiServerRejects(String name, String problem) {
    assertThat(ResourceNames.containerNameProblem(name)).hasValueSatisfying(p -> assertThat(p).startsWith(problem));
  }

  @ParameterizedTest
  @CsvSource({"memroy,memory", "Memory,memory", "CPU,cpu", "cpus,cpu", "mem,memory", "storage,ephemeral-storage",
      "ephemeral-storge,ephemeral-storage", "gpu,nvidia.com/gpu", "hugepages2Mi,hugepages-2Mi",
      "requests.memory,memory", "limits.cpu,cpu"})
  void suggestsWhatWasMeant(String name, String suggestion) {
    assertThat(ResourceNames.suggestion(name)).contains(suggestion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pods", "foo", "cpu"})
  void noSuggestionForUnrelatedOrCorrectNames(String name) {
    assertThat(ResourceNames.suggestion(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"cpu,true", "memory,true", "ephemeral-storage,true", "hugepages-2Mi,false", "nvidia.com/gpu,false",
      "example.kubernetes.io/widget,true"})
  void overcommitIsAllowedForNativeResourcesButHugepages(String name, boolean allowed) {
    assertThat(ResourceNames.isOvercommitAllowed(name)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"nvidia.com/gpu,true", "cpu,false", "example.kubernetes.io/widget,false", "requests.a.com/b,false"})
  void extendedResources(String name, boolean extended) {
    assertThat(ResourceNames.isExtended(name)).isEqualTo(extended);
    assertThat(ResourceNames.isIntegerResource(name)).isEqualTo(extended);
  }

  @ParameterizedTest
  @CsvSource({"hugepages-2Mi,2097152", "hugepages-1Gi,1073741824"})
  void hugePageSizes(String name, long bytes) {
    assertThat(ResourceNames.hugePageSize(name).orElseThrow().value()).isEqualByComparingTo(String.valueOf(bytes));
  }

  @ParameterizedTest
  @CsvSource({"cpu,true", "memory,true", "hugepages-2Mi,true", "ephemeral-storage,false", "nvidia.com/gpu,false"})
  void podLevelResources(String name, boolean supported) {
    assertThat(ResourceNames.isSupportedAtPodLevel(name)).isEqualTo(supported);
  }
}

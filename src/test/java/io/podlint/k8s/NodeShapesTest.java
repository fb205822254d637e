package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeShapesTest {

  @ParameterizedTest
  @CsvSource({
      "p4d.24xlarge, 96", "m5.xlarge, 4", "x2iedn.32xlarge, 128", "i7i.metal-48xl, 192",
      "n2-highmem-128, 128", "c3-standard-176-lssd, 176", "x4-megamem-1920-metal, 1920",
      "Standard_M416ms_v2, 416", "Standard_ND96asr_v4, 96", "standard_d4s_v5, 4",
  })
  void vcpusFromTheInstanceTypesName(String type, int vcpus) {
    assertThat(NodeShapes.instanceVcpus(type)).isEqualTo(OptionalInt.of(vcpus));
  }

  @ParameterizedTest
  @CsvSource({"m5.large", "u-12tb1.metal", "a2-ultragpu", "my-custom-node", "''"})
  void unknownShapes(String type) {
    assertThat(NodeShapes.instanceVcpus(type)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "nvidia.com/gpu, true", "amd.com/gpu, true", "google.com/tpu, true", "aws.amazon.com/neuroncore, true",
      "cloud.google.com/gke-accelerator, true", "karpenter.k8s.aws/instance-gpu-count, true",
      "habana.ai/gaudi, true", "example.com/outputs, false", "disktype, false", "intel.com/sriov_netdevice, false",
  })
  void acceleratorNames(String name, boolean accelerator) {
    assertThat(NodeShapes.isAccelerator(name)).isEqualTo(accelerator);
  }
}

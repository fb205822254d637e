package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.FieldAvailability.Availability;
import io.podlint.k8s.FeatureGates.FeatureGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated field table against the release that added each field upstream (the KEP's alpha
 * release, kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go), and the gate table
 * against kubernetes/kubernetes pkg/features/kube_features.go.
 */
class FieldAvailabilityTest {

  @ParameterizedTest(name = "{0}:{1} since {2}, absent in {3}")
  @CsvSource({
      // KEP-753 SidecarContainers: alpha in 1.28
      "PodSpec, initContainers[].restartPolicy, 1.28, 1.27",
      // KEP-3960 PodLifecycleSleepAction: alpha in 1.29, which has no faithful client model
      "PodSpec, containers[].lifecycle.preStop.sleep, 1.30, 1.28",
      // KEP-2837 PodLevelResources: alpha in 1.32
      "PodSpec, resources, 1.32, 1.31",
      // KEP-1287 InPlacePodVerticalScaling: alpha in 1.27
      "PodSpec, containers[].resizePolicy, 1.27, 1.25",
      // KEP-3521 PodSchedulingReadiness: alpha in 1.26 (client 18.0.0 has the 1.25 models)
      "PodSpec, schedulingGates, 1.27, 1.25",
      // KEP-24 AppArmor fields: 1.30
      "PodSpec, securityContext.appArmorProfile, 1.30, 1.28",
      // KEP-4639 image volumes: alpha in 1.31
      "PodSpec, volumes[].image, 1.31, 1.30",
      // KEP-3998 Job success policy: alpha in 1.30
      "Job, spec.successPolicy, 1.30, 1.28",
      // KEP-4444 Service trafficDistribution: alpha in 1.30
      "Service, spec.trafficDistribution, 1.30, 1.28",
  })
  void fieldsAppearInTheirUpstreamRelease(String root, String path, String since, String absentIn) {
    Availability a = FieldAvailability.bundled().lookup(root, path).orElseThrow();
    assertThat(a.since()).hasToString(since);
    assertThat(a.absentIn()).hasToString(absentIn);
    assertThat(a.newerThan(KubernetesVersion.parse(absentIn).orElseThrow())).isTrue();
    assertThat(a.newerThan(KubernetesVersion.parse(since).orElseThrow())).isFalse();
    assertThat(a.presentIn(KubernetesVersion.parse(since).orElseThrow())).isTrue();
  }

  @Test
  void fieldsOfEverySupportedReleaseAreNotListed() {
    // hostUsers came in 1.25 (KEP-127), the oldest supported release
    assertThat(FieldAvailability.bundled().lookup("PodSpec", "hostUsers")).isEmpty();
    assertThat(FieldAvailability.bundled().lookup("PodSpec", "containers[].image")).isEmpty();
    assertThat(FieldAvailability.bundled().lookup("Deployment", "spec.replicas")).isEmpty();
    assertThat(FieldAvailability.bundled().releases()).containsEntry("1.36", "io.kubernetes:client-java-api:27.0.0")
        .containsEntry("1.25", "io.kubernetes:client-java-api:17.0.0").doesNotContainKeys("1.26", "1.29");
  }

  @Test
  void aFieldThatWasRemovedAgainIsPresentOnlyInItsReleases() {
    // PodSpec.workloadRef (1.35) was replaced by schedulingGroup in 1.36
    Availability a = FieldAvailability.bundled().lookup("PodSpec", "workloadRef").orElseThrow();
    assertThat(a.until()).hasToString("1.35");
    assertThat(a.presentIn(new KubernetesVersion(35))).isTrue();
    assertThat(a.presentIn(new KubernetesVersion(36))).isFalse();
  }

  @ParameterizedTest(name = "{0}: alpha {1}, on by default {2}")
  @CsvSource({
      "SidecarContainers, 1.28, 1.29",
      "PodLifecycleSleepAction, 1.29, 1.30",
      "PodLevelResources, 1.32, 1.34",
      "UserNamespacesSupport, 1.25, 1.33",
      "InPlacePodVerticalScaling, 1.27, 1.33",
      "DynamicResourceAllocation, 1.26, 1.34",
      "PodSchedulingReadiness, 1.26, 1.27",
      "SupplementalGroupsPolicy, 1.31, 1.33",
      "RecursiveReadOnlyMounts, 1.30, 1.31",
      "MatchLabelKeysInPodAffinity, 1.29, 1.31",
      "JobBackoffLimitPerIndex, 1.28, 1.29",
      "JobPodReplacementPolicy, 1.28, 1.29",
      "JobSuccessPolicy, 1.30, 1.31",
      "JobManagedBy, 1.30, 1.32",
      "ServiceTrafficDistribution, 1.30, 1.31",
      "HostnameOverride, 1.34, 1.35",
  })
  void gateDefaultsMatchKubeFeatures(String name, String alphaIn, String onIn) {
    FeatureGate g = FeatureGates.bundled().all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    assertThat(g.alphaIn()).hasToString(alphaIn);
    assertThat(g.onIn()).hasToString(onIn);
    assertThat(g.offByDefaultIn(g.alphaIn())).isTrue();
    assertThat(g.offByDefaultIn(new KubernetesVersion(g.onIn().minor() - 1))).isTrue();
    assertThat(g.offByDefaultIn(g.onIn())).isFalse();
    assertThat(g.offByDefaultIn(new KubernetesVersion(g.alphaIn().minor() - 1))).isFalse();
  }

  @Test
  void everyGateIsTestedAbove() {
    assertThat(FeatureGates.bundled().all()).hasSize(16);
  }

  @Test
  void aGatedFieldExistsFromItsAlphaReleaseOnAccordingToTheModels() {
    for (FeatureGate g : FeatureGates.bundled().all()) {
      for (String key : g.paths()) {
        String root = key.substring(0, key.indexOf(':'));
        String path = key.substring(key.indexOf(':') + 1);
        FieldAvailability.bundled().lookup(root, path).ifPresent(a -> {
          assertThat(a.absentIn()).as(key + " absent before " + g.name()).isLessThan(g.alphaIn());
          assertThat(g.alphaIn()).as(key + " gated no later than the model has it").isLessThanOrEqualTo(a.since());
        });
      }
    }
  }

  @Test
  void theGateHadAnotherNameBefore128() {
    FeatureGate g = FeatureGates.bundled().all().stream().filter(x -> x.name().equals("UserNamespacesSupport"))
        .findFirst().orElseThrow();
    assertThat(g.nameIn(new KubernetesVersion(27))).isEqualTo("UserNamespacesStatelessPodsSupport");
    assertThat(g.nameIn(new KubernetesVersion(28))).isEqualTo("UserNamespacesSupport");
  }
}

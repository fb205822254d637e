package io.podlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.Quantity;
import io.podlint.model.PodResources.QosClass;
import io.podlint.parse.YamlParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodResourcesTest {

  private static PodResources pod(String spec) {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + spec.indent(2);
    var parsed = new YamlParser().parse("test.yaml", yaml);
    assertThat(parsed.problems()).isEmpty();
    return PodResources.of(Workload.of(parsed.documents().get(0), Map.of()).orElseThrow());
  }

  private static String request(PodResources r, String name) {
    return r.request(name).map(Quantity::canonical).orElse(null);
  }

  private static String limit(PodResources r, String name) {
    return r.limit(name).map(Quantity::canonical).orElse(null);
  }

  @Test
  void regularContainersAddUp() {
    PodResources r = pod("""
        containers:
          - name: a
            resources:
              requests: {cpu: 100m, memory: 512Mi}
              limits: {cpu: 200m, memory: 512Mi}
          - name: b
            resources:
              requests: {cpu: 200m, memory: 512Mi}
        """);
    assertThat(request(r, "cpu")).isEqualTo("300m");
    assertThat(request(r, "memory")).isEqualTo("1Gi");
    assertThat(r.isLimited("cpu")).isFalse();
    assertThat(limit(r, "memory")).isNull();
    assertThat(r.limits().get("memory").canonical()).isEqualTo("512Mi");
    assertThat(r.qosClass()).isEqualTo(QosClass.BURSTABLE);
  }

  @Test
  void noResourcesIsBestEffort() {
    PodResources r = pod("containers: [{name: a}, {name: b, resources: {}}]");
    assertThat(r.qosClass()).isEqualTo(QosClass.BEST_EFFORT);
    assertThat(r.requests()).isEmpty();
    assertThat(r.qosClass().apiName()).isEqualTo("BestEffort");
  }

  @Test
  void zeroQuantitiesDoNotCountForQos() {
    assertThat(pod("containers: [{name: a, resources: {requests: {cpu: 0, memory: \"0\"}}}]").qosClass())
        .isEqualTo(QosClass.BEST_EFFORT);
  }

  @Test
  void requestsDefaultToLimitsSoLimitsAloneAreGuaranteed() {
    PodResources r = pod("""
        containers:
          - name: a
            resources:
              limits: {cpu: "1", memory: 1Gi}
          - name: b
            resources:
              requests: {cpu: 500m}
              limits: {cpu: 500m, memory: 256Mi}
        """);
    assertThat(r.qosClass()).isEqualTo(QosClass.GUARANTEED);
    assertThat(request(r, "cpu")).isEqualTo("1500m");
    assertThat(request(r, "memory")).isEqualTo("1280Mi");
    assertThat(limit(r, "cpu")).isEqualTo("1500m");
    assertThat(limit(r, "memory")).isEqualTo("1280Mi");
  }

  @Test
  void oneGigabyteIsNotOneGibibyteSoThePodIsBurstable() {
    PodResources r = pod("""
        containers:
          - name: a
            resources:
              requests: {cpu: "1", memory: 1G}
              limits: {cpu: "1", memory: 1Gi}
        """);
    assertThat(r.qosClass()).isEqualTo(QosClass.BURSTABLE);
  }

  @Test
  void everyContainerNeedsCpuAndMemoryLimitsForGuaranteed() {
    assertThat(pod("""
        containers:
          - {name: a, resources: {limits: {cpu: "1", memory: 1Gi}}}
          - {name: b, resources: {limits: {memory: 1Gi}}}
        """).qosClass()).isEqualTo(QosClass.BURSTABLE);
    assertThat(pod("""
        initContainers:
          - {name: init, resources: {requests: {cpu: 100m}}}
        containers:
          - {name: a, resources: {limits: {cpu: "1", memory: 1Gi}}}
        """).qosClass()).isEqualTo(QosClass.BURSTABLE);
  }

  @Test
  void onlyCpuAndMemoryDecideQos() {
    assertThat(pod("""
        containers:
          - name: a
            resources:
              requests: {cpu: "1", memory: 1Gi, ephemeral-storage: 1Gi}
              limits: {cpu: "1", memory: 1Gi, ephemeral-storage: 2Gi, nvidia.com/gpu: "1"}
        """).qosClass()).isEqualTo(QosClass.GUARANTEED);
  }

  @Test
  void ephemeralContainersAreIgnored() {
    PodResources r = pod("""
        containers:
          - {name: a, resources: {limits: {cpu: "1", memory: 1Gi}}}
        ephemeralContainers:
          - {name: debug, resources: {requests: {cpu: "8"}}}
        """);
    assertThat(r.qosClass()).isEqualTo(QosClass.GUARANTEED);
    assertThat(request(r, "cpu")).isEqualTo("1");
  }

  @Test
  void anInitContainerRunsAloneSoThePodNeedsTheLargerOfItAndTheSteadySum() {
    PodResources r = pod("""
        initContainers:
          - {name: migrate, resources: {requests: {cpu: "2", memory: 64Mi}}}
        containers:
          - {name: a, resources: {requests: {cpu: 500m, memory: 256Mi}}}
          - {name: b, resources: {requests: {cpu: 500m, memory: 256Mi}}}
        """);
    assertThat(request(r, "cpu")).isEqualTo("2");
    assertThat(request(r, "memory")).isEqualTo("512Mi");
  }

  @Test
  void sidecarsAccumulateInInitOrder() {
    // steady: 1 (app) + 1 (sidecar a) + 1 (sidecar b) = 3;
    // init-1 runs next to sidecar a: 1 + 1 = 2; init-2 runs next to both: 1.5 + 2 = 3.5
    PodResources r = pod("""
        initContainers:
          - {name: sidecar-a, restartPolicy: Always, resources: {requests: {cpu: "1"}}}
          - {name: init-1, resources: {requests: {cpu: "1"}}}
          - {name: sidecar-b, restartPolicy: Always, resources: {requests: {cpu: "1"}}}
          - {name: init-2, resources: {requests: {cpu: 1500m}}}
        containers:
          - {name: app, resources: {requests: {cpu: "1"}}}
        """);
    assertThat(request(r, "cpu")).isEqualTo("3500m");
  }

  @Test
  void sidecarsDeclaredAfterAnInitContainerDoNotRunWithIt() {
    PodResources r = pod("""
        initContainers:
          - {name: init, resources: {requests: {memory: 1Gi}}}
          - {name: sidecar, restartPolicy: Always, resources: {requests: {memory: 512Mi}}}
        containers:
          - {name: app, resources: {requests: {memory: 256Mi}}}
        """);
    assertThat(request(r, "memory")).isEqualTo("1Gi");
  }

  @Test
  void overheadIsAddedToRequestsAndToSetLimits() {
    PodResources r = pod("""
        overhead: {cpu: 250m, memory: 120Mi}
        containers:
          - {name: a, resources: {requests: {cpu: 250m, memory: 136Mi}, limits: {cpu: 500m}}}
        """);
    assertThat(request(r, "cpu")).isEqualTo("500m");
    assertThat(request(r, "memory")).isEqualTo("256Mi");
    assertThat(limit(r, "cpu")).isEqualTo("750m");
    assertThat(r.limits()).doesNotContainKey("memory");
  }

  @Test
  void podLevelResourcesReplaceTheContainerTotalAndDecideQos() {
    PodResources limitsOnly = pod("""
        resources:
          limits: {cpu: "2", memory: 1Gi}
        containers:
          - {name: a}
          - {name: b}
        """);
    assertThat(limitsOnly.hasPodLevelResources()).isTrue();
    assertThat(request(limitsOnly, "cpu")).isEqualTo("2");
    assertThat(limit(limitsOnly, "memory")).isEqualTo("1Gi");
    assertThat(limitsOnly.qosClass()).isEqualTo(QosClass.GUARANTEED);

    PodResources withContainerRequests = pod("""
        resources:
          limits: {cpu: "2", memory: 1Gi}
        containers:
          - {name: a, resources: {requests: {cpu: 500m, memory: 256Mi}}}
        """);
    assertThat(request(withContainerRequests, "cpu")).isEqualTo("500m");
    assertThat(withContainerRequests.qosClass()).isEqualTo(QosClass.BURSTABLE);

    PodResources requestsOnly = pod("""
        resources:
          requests: {cpu: "1", memory: 1Gi}
        containers:
          - {name: a, resources: {limits: {cpu: "1", memory: 1Gi}}}
        """);
    assertThat(requestsOnly.qosClass()).isEqualTo(QosClass.BURSTABLE);
  }

  @Test
  void quantitiesAreRoundedUpToMilliAndYamlNumbersAreQuantities() {
    PodResources r = pod("""
        containers:
          - {name: a, resources: {requests: {cpu: 0.0005, memory: 1073741824}}}
          - {name: b, resources: {requests: {cpu: 0.5}}}
        """);
    assertThat(request(r, "cpu")).isEqualTo("501m");
    assertThat(request(r, "memory")).isEqualTo("1073741824");
  }

  @Test
  void invalidQuantitiesAreLeftOut() {
    PodResources r = pod("""
        containers:
          - {name: a, resources: {requests: {cpu: 1K, memory: 1Gi}}}
        """);
    assertThat(r.request("cpu")).isEmpty();
    assertThat(request(r, "memory")).isEqualTo("1Gi");
  }
}

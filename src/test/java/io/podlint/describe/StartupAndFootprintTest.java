package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.describe.PodLifecycle.ContainerStart;
import io.podlint.describe.PodLifecycle.ImagePull;
import io.podlint.describe.PodLifecycle.Scheduling;
import io.podlint.describe.PodLifecycle.Startup;
import io.podlint.model.ContainerView;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupAndFootprintTest {

  private static ImagePull pull(String container) {
    return StartupTimeline.pull(Workloads.pod("containers: [" + container + "]").containers().get(0));
  }

  @Test
  void effectivePullPolicyAndWhy() {
    assertThat(pull("{name: a, image: nginx}")).isEqualTo(new ImagePull("Always", null, true, "because the image has no tag"));
    assertThat(pull("{name: a, image: nginx:latest}").policy()).isEqualTo("Always");
    assertThat(pull("{name: a, image: nginx:Latest}"))
        .isEqualTo(new ImagePull("IfNotPresent", null, true, "because the tag \"Latest\" is not exactly \"latest\""));
    assertThat(pull("{name: a, image: \"nginx@sha256:" + "a".repeat(64) + "\"}").policy()).isEqualTo("IfNotPresent");
    assertThat(pull("{name: a, image: nginx:1.27, imagePullPolicy: Never}"))
        .isEqualTo(new ImagePull("Never", null, false, null));
    assertThat(pull("{name: a, image: nginx:1.27, imagePullPolicy: always}"))
        .isEqualTo(new ImagePull(null, "always", false, null));
    assertThat(pull("{name: a, image: nginx:latest, imagePullPolicy: \"\"}").defaulted()).isTrue();
  }

  @Test
  void startOrderInitAndSidecarsThenContainers() {
    Startup s = StartupTimeline.of(Workloads.first("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          minReadySeconds: 15
          template:
            spec:
              readinessGates: [{conditionType: example.com/lb-ready}]
              initContainers:
                - {name: init, image: busybox:1.36}
                - name: proxy
                  image: proxy:1
                  restartPolicy: Always
                  readinessProbe: {tcpSocket: {port: 1}, initialDelaySeconds: 4}
              containers:
                - name: app
                  image: app:1
                  readinessProbe: {tcpSocket: {port: 2}, initialDelaySeconds: 7}
                  lifecycle: {postStart: {exec: {command: [warm]}}}
              ephemeralContainers: [{name: debug, image: busybox}]
        """), List.of());
    assertThat(s.containers()).extracting(ContainerStart::name).containsExactly("init", "proxy", "app");
    assertThat(s.containers()).extracting(ContainerStart::type).containsExactly("init", "sidecar", "container");
    assertThat(s.containers().get(0).probes()).isNull();
    assertThat(s.containers().get(1).probes().readyAt()).isEqualTo(4);
    assertThat(s.containers().get(2).postStart()).isTrue();
    assertThat(s.podReadyAt()).isEqualTo(7);
    assertThat(s.readinessGates()).containsExactly("example.com/lb-ready");
    assertThat(s.minReadySeconds()).isEqualTo(15);
  }

  @Test
  void footprintCountsInitPeakSidecarsAndOverhead() {
    Scheduling s = SchedulingFootprint.of(Workloads.pod("""
        overhead: {cpu: 100m, memory: 64Mi}
        initContainers:
          - {name: sidecar, restartPolicy: Always, resources: {requests: {cpu: 100m, memory: 100Mi}, limits: {memory: 100Mi}}}
          - {name: migrate, resources: {requests: {cpu: "2", memory: 1Gi}}}
        containers:
          - {name: app, resources: {requests: {cpu: 500m, memory: 256Mi}, limits: {cpu: "1", memory: 256Mi}}}
        nodeSelector: {disktype: ssd}
        tolerations:
          - {operator: Exists}
          - {key: gpu, operator: Exists, effect: NoSchedule}
          - {key: dedicated, value: db, effect: NoExecute, tolerationSeconds: 30}
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 5
                preference: {matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - {labelSelector: {matchLabels: {app: cache}}, topologyKey: kubernetes.io/hostname}
        """), List.of());
    // init peak: migrate 2 cpu + the sidecar started before it 100m = 2100m; + overhead 100m
    assertThat(s.requests()).containsEntry("cpu", "2200m");
    // memory: init peak 1Gi + 100Mi = 1124Mi beats the steady 356Mi; + 64Mi overhead
    assertThat(s.requests()).containsEntry("memory", "1188Mi");
    assertThat(s.limits()).containsEntry("cpu", null).containsEntry("memory", null);
    assertThat(s.qosClass()).isEqualTo("Burstable");
    assertThat(s.overhead()).containsEntry("cpu", "100m");
    assertThat(s.containers()).extracting(c -> c.type() + " " + c.name())
        .containsExactly("sidecar sidecar", "init migrate", "container app");
    assertThat(s.placement().nodeSelector()).containsEntry("disktype", "ssd");
    assertThat(s.placement().tolerations()).containsExactly("every taint (any effect)", "gpu (any value):NoSchedule",
        "dedicated=db:NoExecute for 30 s");
    assertThat(s.placement().nodeAffinity()).containsExactly("preferred (weight 5): zone NotIn [a]");
    assertThat(s.placement().podAffinity()).containsExactly("affinity required: app=cache per kubernetes.io/hostname");
    assertThat(s.placement().unconstrained()).isFalse();
  }

  @Test
  void guaranteedWhenEveryContainerHasEqualCpuAndMemoryLimits() {
    Scheduling s = SchedulingFootprint.of(Workloads.pod(
        "containers: [{name: a, resources: {limits: {cpu: 500m, memory: 1Gi}}}]"), List.of());
    assertThat(s.qosClass()).isEqualTo("Guaranteed");
    assertThat(s.requests()).containsEntry("cpu", "500m");
    assertThat(s.limits()).containsEntry("memory", "1Gi");
    assertThat(s.placement().unconstrained()).isTrue();
    assertThat(Workloads.pod("containers: [{name: a}]").containersOf(ContainerView.Type.REGULAR)).hasSize(1);
  }
}

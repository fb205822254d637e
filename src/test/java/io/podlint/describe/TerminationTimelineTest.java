package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.describe.PodLifecycle.ContainerStop;
import io.podlint.describe.PodLifecycle.Event;
import io.podlint.describe.PodLifecycle.Termination;
import io.podlint.model.InputIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminationTimelineTest {

  private static Termination of(String spec) {
    return TerminationTimeline.of(Workloads.pod(spec), InputIndex.empty(), List.of());
  }

  @Test
  void sleepPreStopThenSigtermThenSigkillAtTheGracePeriod() {
    Termination t = of("""
        terminationGracePeriodSeconds: 45
        containers:
          - name: web
            lifecycle: {preStop: {sleep: {seconds: 10}}}
        """);
    ContainerStop web = t.containers().get(0);
    assertThat(web.preStop()).isEqualTo("sleep 10 s");
    assertThat(web.preStopSeconds()).isEqualTo(10.0);
    assertThat(web.sigtermEarliest()).isEqualTo(10.0);
    assertThat(web.sigtermLatest()).isEqualTo(10.0);
    assertThat(web.sigkillEarliest()).isEqualTo(45.0);
    assertThat(t.gracePeriod()).isEqualTo(45);
    assertThat(t.timeline()).extracting(Event::earliest).containsExactly(0.0, 0.0, 10.0, 45.0);
    assertThat(t.timeline().get(2).what()).isEqualTo("SIGTERM to \"web\" (preStop done)");
  }

  @Test
  void withoutPreStopSigtermAtOnceAndTheDefaultGracePeriod() {
    Termination t = of("containers: [{name: a}]");
    assertThat(t.gracePeriod()).isEqualTo(30);
    assertThat(t.gracePeriodDefaulted()).isTrue();
    assertThat(t.containers().get(0).sigtermEarliest()).isZero();
    assertThat(t.containers().get(0).sigkillEarliest()).isEqualTo(30.0);
  }

  @Test
  void preStopLongerThanTheGracePeriodIsCutShortAndTheContainerStillGetsTwoSeconds() {
    Termination t = of("""
        terminationGracePeriodSeconds: 10
        containers:
          - name: a
            lifecycle: {preStop: {exec: {command: [sleep, "15"]}}}
        """);
    ContainerStop a = t.containers().get(0);
    assertThat(a.sigtermEarliest()).isEqualTo(10.0);
    assertThat(a.sigkillEarliest()).isEqualTo(12.0);
    assertThat(a.preStopAtLeast()).isFalse();
  }

  @Test
  void gracePeriodZeroSkipsPreStopAndKillsAfterTheTwoSecondMinimum() {
    Termination t = of("""
        terminationGracePeriodSeconds: 0
        containers:
          - name: a
            lifecycle: {preStop: {sleep: {seconds: 5}}}
        """);
    ContainerStop a = t.containers().get(0);
    assertThat(a.sigtermEarliest()).isZero();
    assertThat(a.sigkillEarliest()).isEqualTo(2.0);
    assertThat(t.timeline()).extracting(Event::what).noneMatch(w -> w.startsWith("preStop of"));
  }

  @Test
  void negativeGracePeriodBecomesOneSecond() {
    assertThat(of("terminationGracePeriodSeconds: -5\ncontainers: [{name: a}]").gracePeriod()).isEqualTo(1);
  }

  @Test
  void shellPreStopIsALowerBoundAndAnHttpGetIsUnknown() {
    Termination t = of("""
        terminationGracePeriodSeconds: 30
        containers:
          - name: a
            lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 5; nginx -s quit"]}}}
          - name: b
            lifecycle: {preStop: {httpGet: {path: /drain, port: 8080}}}
        """);
    ContainerStop a = t.containers().get(0);
    assertThat(a.preStopAtLeast()).isTrue();
    assertThat(a.sigtermEarliest()).isEqualTo(5.0);
    assertThat(a.sigtermLatest()).isEqualTo(30.0);
    assertThat(a.sigkillLatest()).isEqualTo(32.0);
    ContainerStop b = t.containers().get(1);
    assertThat(b.preStop()).isEqualTo("httpGet /drain on port 8080");
    assertThat(b.preStopSeconds()).isNull();
    assertThat(b.sigtermEarliest()).isZero();
    assertThat(b.sigtermLatest()).isEqualTo(30.0);
  }

  @Test
  void sidecarsStopAfterTheMainContainersInReverseOrder() {
    Termination t = of("""
        terminationGracePeriodSeconds: 30
        initContainers:
          - {name: first, restartPolicy: Always}
          - {name: second, restartPolicy: Always, lifecycle: {preStop: {sleep: {seconds: 2}}}}
        containers:
          - name: app
            lifecycle: {preStop: {sleep: {seconds: 5}}}
        """);
    assertThat(t.containers()).extracting(ContainerStop::name).containsExactly("app", "second", "first");
    ContainerStop second = t.containers().get(1);
    assertThat(second.type()).isEqualTo("sidecar");
    assertThat(second.sigtermEarliest()).isEqualTo(7.0); // app's SIGTERM at 5, then its own preStop of 2
    assertThat(second.sigtermLatest()).isEqualTo(30.0);
  }

  @Test
  void servicesOfTheInputAreNamed() {
    String yaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          strategy: {rollingUpdate: {maxUnavailable: 0}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web-svc, namespace: shop}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        """;
    Termination t = TerminationTimeline.of(Workloads.first(yaml), Workloads.index(yaml), List.of());
    assertThat(t.services()).containsExactly("web-svc");
    assertThat(t.trigger()).startsWith("rolling update (maxSurge 25% default, maxUnavailable 0)");
    assertThat(t.timeline().get(0).what()).contains("Service web-svc");
  }
}

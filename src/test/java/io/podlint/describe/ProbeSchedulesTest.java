package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.describe.PodLifecycle.ProbeSchedule;
import io.podlint.model.ContainerView;
import org.junit.jupiter.api.Test;

class ProbeSchedulesTest {

  private static ProbeSchedule of(String container) {
    ContainerView c = Workloads.pod("containers:\n- " + container.strip().replace("\n", "\n  "))
        .containersOf(ContainerView.Type.REGULAR).get(0);
    return ProbeSchedules.of(c);
  }

  @Test
  void withoutProbesReadyAtOnceAndNeverKilledForASlowStart() {
    ProbeSchedule p = of("name: app");
    assertThat(p.readyAt()).isZero();
    assertThat(p.startedAt()).isZero();
    assertThat(p.slowStartKillAt()).isNull();
    assertThat(p.slowStartKiller()).isNull();
    assertThat(p.livenessWindow()).isNull();
  }

  @Test
  void readinessWaitsForItsInitialDelayAndExtraSuccesses() {
    ProbeSchedule p = of("""
        name: app
        readinessProbe: {httpGet: {port: 80}, initialDelaySeconds: 5, periodSeconds: 5, successThreshold: 3}
        """);
    // first success at 5 s, two more one period apart
    assertThat(p.readyAt()).isEqualTo(15);
  }

  @Test
  void readinessStartsOnlyAfterTheStartupProbePassed() {
    ProbeSchedule p = of("""
        name: app
        startupProbe: {httpGet: {port: 80}, initialDelaySeconds: 20, periodSeconds: 5, failureThreshold: 12}
        readinessProbe: {httpGet: {port: 80}, initialDelaySeconds: 5}
        livenessProbe: {httpGet: {port: 80}, initialDelaySeconds: 3}
        """);
    assertThat(p.startedAt()).isEqualTo(20);
    assertThat(p.readyAt()).isEqualTo(20);
    // the startup probe, not liveness, decides when a slow start is killed: 20 + 12 * 5
    assertThat(p.slowStartKiller()).isEqualTo("startup");
    assertThat(p.slowStartKillAt()).isEqualTo(80);
    assertThat(p.slowStartFormula()).isEqualTo("initialDelaySeconds 20 + failureThreshold 12 * periodSeconds 5 = 80s");
    assertThat(p.livenessWindow()).isEqualTo(30);
  }

  @Test
  void readinessDelayLongerThanTheStartupProbeCounts() {
    ProbeSchedule p = of("""
        name: app
        startupProbe: {exec: {command: [true]}, initialDelaySeconds: 2}
        readinessProbe: {exec: {command: [true]}, initialDelaySeconds: 30}
        """);
    assertThat(p.readyAt()).isEqualTo(30);
  }

  @Test
  void livenessKillsASlowStartAtInitialDelayPlusFailureThresholdTimesPeriod() {
    ProbeSchedule p = of("""
        name: app
        livenessProbe: {tcpSocket: {port: 80}, initialDelaySeconds: 10, periodSeconds: 15, failureThreshold: 4}
        """);
    assertThat(p.slowStartKiller()).isEqualTo("liveness");
    assertThat(p.slowStartKillAt()).isEqualTo(70);
    assertThat(p.livenessWindow()).isEqualTo(60);
  }

  @Test
  void zeroMeansTheDefault() {
    ProbeSchedule p = of("""
        name: app
        livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 0, failureThreshold: 0}
        """);
    assertThat(p.slowStartKillAt()).isEqualTo(30); // 0 + 3 * 10
  }

  @Test
  void negativeNumbersAreLeftOutAndSaidSo() {
    ProbeSchedule p = of("""
        name: app
        readinessProbe: {tcpSocket: {port: 80}, periodSeconds: -5}
        """);
    assertThat(p.readyAt()).isNull();
    assertThat(p.invalidProbes()).containsExactly("readinessProbe");
  }
}

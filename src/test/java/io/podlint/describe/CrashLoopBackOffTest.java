package io.podlint.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.describe.PodLifecycle.CrashLoop;
import io.podlint.describe.PodLifecycle.Failure;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashLoopBackOffTest {

  @Test
  void firstRestartIsImmediateThenTenSecondsDoublingToFiveMinutes() {
    assertThat(CrashLoopBackOff.delayBeforeRestart(1)).isZero();
    assertThat(CrashLoopBackOff.delayBeforeRestart(2)).isEqualTo(10);
    assertThat(CrashLoopBackOff.delayBeforeRestart(3)).isEqualTo(20);
    assertThat(CrashLoopBackOff.delayBeforeRestart(6)).isEqualTo(160);
    assertThat(CrashLoopBackOff.delayBeforeRestart(7)).isEqualTo(300);
    assertThat(CrashLoopBackOff.delayBeforeRestart(50)).isEqualTo(300);
    assertThatThrownBy(() -> CrashLoopBackOff.delayBeforeRestart(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scheduleEndsAtTheCapAndResetsAfterTenMinutes() {
    CrashLoop c = CrashLoopBackOff.schedule();
    assertThat(c.delays()).containsExactly(0L, 10L, 20L, 40L, 80L, 160L, 300L);
    assertThat(c.maxDelay()).isEqualTo(300);
    assertThat(c.resetAfter()).isEqualTo(600);
  }

  @Test
  void restartPolicyNeverHasNoBackOffUnlessSidecarsRestart() {
    Failure never = FailureBehaviour.of(Workloads.pod("restartPolicy: Never\ncontainers: [{name: a}]"), List.of());
    assertThat(never.crashLoop()).isNull();
    assertThat(never.restartPolicyDefaulted()).isFalse();
    Failure sidecar = FailureBehaviour.of(Workloads.pod("""
        restartPolicy: Never
        initContainers: [{name: proxy, restartPolicy: Always}]
        containers: [{name: a}]
        """), List.of());
    assertThat(sidecar.crashLoop()).isNotNull();
    assertThat(sidecar.restarts()).contains("native sidecars are restarted");
    Failure defaulted = FailureBehaviour.of(Workloads.pod("containers: [{name: a}]"), List.of());
    assertThat(defaulted.restartPolicy()).isEqualTo("Always");
    assertThat(defaulted.restartPolicyDefaulted()).isTrue();
  }

  @Test
  void jobLimitsWithDefaultsAndCronJobSchedule() {
    Failure job = FailureBehaviour.of(Workloads.first("""
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          activeDeadlineSeconds: 600
          template:
            spec:
              restartPolicy: Never
              activeDeadlineSeconds: 300
              containers: [{name: a}]
        """), List.of());
    assertThat(job.job().backoffLimit()).isEqualTo(6);
    assertThat(job.job().backoffLimitDefaulted()).isTrue();
    assertThat(job.job().activeDeadlineSeconds()).isEqualTo(600);
    assertThat(job.job().countedFailures()).startsWith("failed Pods");
    assertThat(job.podActiveDeadlineSeconds()).isEqualTo(300);
    Failure cron = FailureBehaviour.of(Workloads.first("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "*/5 * * * *"
          jobTemplate:
            spec:
              backoffLimit: 1
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: a}]
        """), List.of());
    assertThat(cron.job().backoffLimit()).isEqualTo(1);
    assertThat(cron.job().schedule()).isEqualTo("*/5 * * * *");
    assertThat(cron.job().concurrencyPolicy()).isEqualTo("Allow");
    assertThat(cron.job().countedFailures()).startsWith("container restarts");
  }
}

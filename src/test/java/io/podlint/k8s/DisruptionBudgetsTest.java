package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The disruption controller's budget arithmetic (kubernetes pkg/controller/disruption/disruption.go
 * getExpectedPodCount, with intstr.GetScaledValueFromIntOrPercent rounding up).
 */
class DisruptionBudgetsTest {

  @ParameterizedTest(name = "minAvailable {0}, maxUnavailable {1}, {2} Pods: {3} evictions")
  @CsvSource(nullValues = "null", value = {
      // maxUnavailable: min(scaled, pods); percentages round up
      "null, 0, 5, 0",
      "null, 0%, 5, 0",
      "null, 1, 5, 1",
      "null, 10%, 3, 1",     // ceil(0.3) = 1
      "null, 50%, 3, 2",     // ceil(1.5) = 2
      "null, 3, 2, 2",       // more than there are: all of them
      "5, 1, 5, 1",          // maxUnavailable wins when both are set
      // minAvailable: pods - scaled, never below 0
      "3, null, 3, 0",
      "2, null, 3, 1",
      "4, null, 3, 0",
      "100%, null, 7, 0",
      "50%, null, 1, 0",     // ceil(0.5) = 1 of 1
      "67%, null, 3, 0",     // ceil(2.01) = 3 of 3: the classic three-replica trap
      "66%, null, 3, 1",     // ceil(1.98) = 2
      "80%, null, 10, 2",
  })
  void allowedEvictions(String minAvailable, String maxUnavailable, long pods, long allowed) {
    assertThat(DisruptionBudgets.allowed(minAvailable, maxUnavailable, pods)).hasValue(allowed);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"null, null", "abc, null", "null, 1.5", "null, -1", "null, %"})
  void unreadableBudgetsGiveNothing(String minAvailable, String maxUnavailable) {
    assertThat(DisruptionBudgets.allowed(minAvailable, maxUnavailable, 3)).isEqualTo(OptionalLong.empty());
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, 0, true", "null, 0%, true", "100%, null, true", "null, 1, false", "99%, null, false",
      "3, null, false", "100%, 1, false"})
  void blocksWhateverTheNumberOfPods(String minAvailable, String maxUnavailable, boolean always) {
    assertThat(DisruptionBudgets.blocksAlways(minAvailable, maxUnavailable)).isEqualTo(always);
  }
}

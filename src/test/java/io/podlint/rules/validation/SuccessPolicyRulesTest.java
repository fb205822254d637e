package io.podlint.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * validateIndexesFormat and parseIndexInterval of kubernetes/kubernetes
 * pkg/apis/batch/validation/validation.go, as used for successPolicy succeededIndexes.
 */
class SuccessPolicyRulesTest {

  @Test
  void countsIndexesOfValidLists() {
    assertThat(SuccessPolicyRules.totalIndexes("", 5)).isZero();
    assertThat(SuccessPolicyRules.totalIndexes("0", 5)).isEqualTo(1);
    assertThat(SuccessPolicyRules.totalIndexes("0-2,4", 5)).isEqualTo(4);
    assertThat(SuccessPolicyRules.totalIndexes("1,3-4", 5)).isEqualTo(3);
  }

  @Test
  void rejectsWithUpstreamMessages() {
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("5", 5)).hasMessage("too large index: \"5\"");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("0-7", 5)).hasMessage("too large index: \"7\"");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("3-1", 5))
        .hasMessage("non-increasing order, previous: 3, current: 1");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("0-2,2", 5))
        .hasMessage("non-increasing order, previous: 2, current: 2");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("1-2-3", 5))
        .hasMessageContaining("can have at most two parts separated by '-'");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("a", 5))
        .hasMessage("cannot convert string to integer for index: \"a\"");
    assertThatThrownBy(() -> SuccessPolicyRules.totalIndexes("1,", 5))
        .hasMessage("cannot convert string to integer for index: \"\"");
  }
}

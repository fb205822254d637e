package io.podlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertThat(Text.editDistance("lables", "labels")).isEqualTo(1);
    assertThat(Text.editDistance("valeu", "value")).isEqualTo(1);
    assertThat(Text.levenshtein("lables", "labels")).isEqualTo(2);
    assertThat(Text.editDistance("", "abc")).isEqualTo(3);
  }

  @Test
  void closestIsCaseAndTypoAware() {
    List<String> fields = List.of("readinessProbe", "livenessProbe", "labels", "value", "valueFrom");
    assertThat(Text.closest("readinessprobe", fields)).contains("readinessProbe");
    assertThat(Text.closest("livenesProbe", fields)).contains("livenessProbe");
    assertThat(Text.closest("lables", fields)).contains("labels");
    assertThat(Text.closest("valeu", fields)).contains("value");
    assertThat(Text.closest("imageformat", fields)).isEmpty();
  }
}

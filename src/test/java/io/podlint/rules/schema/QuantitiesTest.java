package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void validityFollowsTheApiServer() {
    assertThat(Quantities.isValid("1Gi")).isTrue();
    assertThat(Quantities.isValid(" 1Gi ")).isTrue(); // trimmed by the decoder
    assertThat(Quantities.isValid("500m")).isTrue();
    assertThat(Quantities.isValid("1e3")).isTrue();
    assertThat(Quantities.isValid("1K")).isFalse();
    assertThat(Quantities.isValid("1 Gi")).isFalse();
  }

  @Test
  void suggestsBinaryAndDecimalSpellings() {
    assertThat(Quantities.suggestions("1K")).containsExactly("1Ki", "1k");
    assertThat(Quantities.suggestions("512MB")).containsExactly("512Mi", "512M");
    assertThat(Quantities.suggestions("1gi")).containsExactly("1Gi");
    assertThat(Quantities.suggestions("2GiB")).containsExactly("2Gi");
    assertThat(Quantities.suggestions("1 Gi")).containsExactly("1Gi");
    assertThat(Quantities.suggestions("lots")).isEmpty();
  }
}

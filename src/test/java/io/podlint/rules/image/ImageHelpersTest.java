package io.podlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.k8s.ImageReference;
import io.podlint.k8s.PullPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageHelpersTest {
  private static final String H64 = "0123456789abcdef".repeat(4);

  @Test
  void trimSpaceFollowsGo() {
    assertThat(GoStrings.trimSpace(" \t nginx \n")).isEqualTo("nginx");
    assertThat(GoStrings.trimSpace("\u00A0nginx\u3000")).isEqualTo("nginx");
    assertThat(GoStrings.trimSpace("ngi nx")).isEqualTo("ngi nx");
    assertThat(GoStrings.trimSpace("   ")).isEmpty();
    // Java's strip() would remove U+001C; Go's TrimSpace keeps it.
    assertThat(GoStrings.trimSpace("\u001Cnginx")).isEqualTo("\u001Cnginx");
  }

  @Test
  void quoteMakesInvisibleCharactersVisible() {
    assertThat(GoStrings.quote(" nginx\t")).isEqualTo("\" nginx\\t\"");
    assertThat(GoStrings.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    assertThat(GoStrings.quote("\u00A0nginx\u200B")).isEqualTo("\"\\u00A0nginx\\u200B\"");
  }

  @ParameterizedTest
  @CsvSource({
      "nginx, because the image has no tag",
      "nginx:latest, because the tag is latest",
      "nginx:Latest, because the tag \"Latest\" is not exactly \"latest\"",
      "nginx:1.27, because the tag \"1.27\" is not latest",
      "nginx:1:2, because the image cannot be parsed",
  })
  void explainsTheDefaultPullPolicy(String image, String reason) {
    assertThat(PullPolicy.defaultReason(ImageReference.parse(image))).isEqualTo(reason);
  }

  @Test
  void explainsTheDefaultForDigests() {
    assertThat(PullPolicy.defaultReason(ImageReference.parse("nginx@sha256:" + H64)))
        .isEqualTo("because the image has a digest and no tag");
    assertThat(PullPolicy.defaultReason(ImageReference.parse("nginx:latest@sha256:" + H64)))
        .isEqualTo("because the tag is latest");
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "latest, latest, true",
      "latest, LATEST, true",
      "latest, latest2, false",
      "main, main, true",
      "*-snapshot, 1.0-SNAPSHOT, true",
      "*-snapshot, snapshot, false",
      "nightly*, nightly-2024-01-01, true",
      "a.b, axb, false",
  })
  void tagPatternsAreCaseInsensitiveGlobs(String pattern, String tag, boolean expected) {
    assertThat(TagPattern.parse(pattern).matches(tag)).isEqualTo(expected);
  }

  @Test
  void emptyTagPatternIsRejected() {
    assertThatThrownBy(() -> TagPattern.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.podlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.k8s.ImageReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageMessagesTest {
  private static final String H64 = "0123456789abcdef".repeat(4);

  @Test
  void positionIsOneBasedAndShowsTheCharacter() {
    assertThat(ImageInvalidReferenceCheck.position("nginx:1:2", 7)).isEqualTo("character 8 (':')");
    assertThat(ImageInvalidReferenceCheck.position("ngi\tnx", 3)).isEqualTo("character 4 ('\\t')");
  }

  @Test
  void qualifiedNameKeepsTagAndDigest() {
    assertThat(ImageImplicitRegistryCheck.qualified(ImageReference.parse("nginx:1.27"))).isEqualTo("docker.io/library/nginx:1.27");
    assertThat(ImageImplicitRegistryCheck.qualified(ImageReference.parse("bitnami/redis"))).isEqualTo("docker.io/bitnami/redis");
    assertThat(ImageImplicitRegistryCheck.qualified(ImageReference.parse("redis:7@sha256:" + H64)))
        .isEqualTo("docker.io/library/redis:7@sha256:" + H64);
  }

  @Test
  void caseProblemOnlyWhenLowercasingFixesIt() {
    assertThat(ImageUppercaseCheck.isCaseProblem(ImageReference.parse("myorg/MyApp"))).isTrue();
    assertThat(ImageUppercaseCheck.isCaseProblem(ImageReference.parse("app@SHA256:" + H64))).isTrue();
    assertThat(ImageUppercaseCheck.isCaseProblem(ImageReference.parse("<YOUR-IMAGE>"))).isFalse();
    assertThat(ImageUppercaseCheck.isCaseProblem(ImageReference.parse("MyOrg/app"))).isFalse(); // valid: reported differently
  }

  @Test
  void badParamsFailAtLoadTime() {
    assertThatThrownBy(() -> new ImagePullPolicyMutableCheck.Params(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImageRegistryAllowlistCheck.Params(List.of("https://gcr.io"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ImageRegistryAllowlistCheck.Params(null).allowedRegistries()).isEmpty();
  }
}

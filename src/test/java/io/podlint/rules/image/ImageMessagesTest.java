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
    assertThat(InvalidReferenceCheck.position("nginx:1:2", 7)).isEqualTo("character 8 (':')");
    assertThat(InvalidReferenceCheck.position("ngi\tnx", 3)).isEqualTo("character 4 ('\\t')");
  }

  @Test
  void qualifiedNameKeepsTagAndDigest() {
    assertThat(ImplicitRegistryCheck.qualified(ImageReference.parse("nginx:1.27"))).isEqualTo("docker.io/library/nginx:1.27");
    assertThat(ImplicitRegistryCheck.qualified(ImageReference.parse("bitnami/redis"))).isEqualTo("docker.io/bitnami/redis");
    assertThat(ImplicitRegistryCheck.qualified(ImageReference.parse("redis:7@sha256:" + H64)))
        .isEqualTo("docker.io/library/redis:7@sha256:" + H64);
  }

  @Test
  void caseProblemOnlyWhenLowercasingFixesIt() {
    assertThat(UppercaseCheck.isCaseProblem(ImageReference.parse("myorg/MyApp"))).isTrue();
    assertThat(UppercaseCheck.isCaseProblem(ImageReference.parse("app@SHA256:" + H64))).isTrue();
    assertThat(UppercaseCheck.isCaseProblem(ImageReference.parse("<YOUR-IMAGE>"))).isFalse();
    assertThat(UppercaseCheck.isCaseProblem(ImageReference.parse("MyOrg/app"))).isFalse(); // valid: reported differently
  }

  @Test
  void badParamsFailAtLoadTime() {
    assertThatThrownBy(() -> PullPolicyMutableCheck.Params.of(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegistryAllowlistCheck.Params(List.of("https://gcr.io"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RegistryAllowlistCheck.Params(null).allowedRegistries()).isEmpty();
  }
}

package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubernetesVersionTest {

  @Test
  void parsesMinorReleasesWithOrWithoutPatchAndPrefix() {
    assertThat(KubernetesVersion.parse("1.30")).contains(new KubernetesVersion(30));
    assertThat(KubernetesVersion.parse("v1.25")).contains(new KubernetesVersion(25));
    assertThat(KubernetesVersion.parse(" 1.36.2 ")).contains(new KubernetesVersion(36));
    assertThat(KubernetesVersion.parse("2.1")).isEmpty();
    assertThat(KubernetesVersion.parse("1.x")).isEmpty();
    assertThat(KubernetesVersion.parse("130")).isEmpty();
    assertThat(KubernetesVersion.parse(null)).isEmpty();
  }

  @Test
  void ordersAndPrints() {
    assertThat(new KubernetesVersion(9)).isLessThan(new KubernetesVersion(30));
    assertThat(new KubernetesVersion(30).atLeast(30)).isTrue();
    assertThat(new KubernetesVersion(29).atLeast(30)).isFalse();
    assertThat(new KubernetesVersion(30)).hasToString("1.30");
    assertThat(KubernetesVersion.DEFAULT).hasToString("1.36");
  }
}

package io.podlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.k8s.ImageReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryPatternTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "docker.io, nginx, true",
      "docker.io, docker.io/library/nginx:1, true",
      "docker.io, index.docker.io/foo/bar, true",
      "index.docker.io, nginx, true",
      "docker.io, gcr.io/p/app, false",
      "gcr.io, gcr.io/p/app:1, true",
      "GCR.io, gcr.io/p/app:1, true",
      "gcr.io, Gcr.IO/p/app:1, true",
      "gcr.io, eu.gcr.io/p/app:1, false",
      "gcr.io, gcr.io.evil.com/p/app, false",
      "registry:5000, registry:5000/app, true",
      "registry:5000, registry/app, false",
      "registry, registry:5000/app, false",
      "localhost, localhost/app, true",
      "*.example.com, a.example.com/app, true",
      "*.example.com, a.b.example.com:5000/app, true",
      "*.example.com, example.com/app, false",
      "*.example.com, badexample.com/app, false",
      "ghcr.io/my-org, ghcr.io/my-org/app:1, true",
      "ghcr.io/my-org/, ghcr.io/my-org/app:1, true",
      "ghcr.io/my-org, ghcr.io/my-org, true",
      "ghcr.io/my-org, ghcr.io/my-org-fork/app, false",
      "ghcr.io/my-org, ghcr.io/other/app, false",
      "docker.io/library, nginx:1.27, true",
      "docker.io/library, bitnami/redis, false",
  })
  void matchesOnTheNormalisedRegistry(String entry, String image, boolean expected) {
    ImageReference ref = ImageReference.parse(image);
    assertThat(ref.isValid()).isTrue();
    assertThat(RegistryPattern.parse(entry).matches(ref)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "https://gcr.io", "gcr .io"})
  void rejectsEntriesThatCannotBeRegistries(String entry) {
    assertThatThrownBy(() -> RegistryPattern.parse(entry)).isInstanceOf(IllegalArgumentException.class);
  }
}

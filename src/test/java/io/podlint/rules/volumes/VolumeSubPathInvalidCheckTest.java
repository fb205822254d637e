package io.podlint.rules.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeSubPathInvalidCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"conf", "a/b/c", "v1..v2", "..a", "a..", "./x", "$(POD_NAME)/logs", "a/./b", "a\\..\\b"})
  void relativePathsWithoutBackstepsAreAccepted(String path) {
    assertThat(VolumeSubPathInvalidCheck.problem(path)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "a/../b", "a/..", "a//../b"})
  void backstepElementsAreRejected(String path) {
    assertThat(VolumeSubPathInvalidCheck.problem(path)).contains("'..'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/etc", "/a/../b"})
  void absolutePathsAreRejected(String path) {
    assertThat(VolumeSubPathInvalidCheck.problem(path)).contains("absolute");
  }
}

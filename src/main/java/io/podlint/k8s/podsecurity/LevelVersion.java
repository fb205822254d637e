package io.podlint.k8s.podsecurity;

import java.util.Optional;

/** A level at a version, written {@code LEVEL:VERSION} as in admission messages ({@code restricted:latest}). */
public record LevelVersion(Level level, PolicyVersion version) {

  /** {@code LEVEL} (meaning {@code LEVEL:latest}) or {@code LEVEL:VERSION}; empty when malformed. */
  public static Optional<LevelVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    Optional<Level> level = Level.parse(colon < 0 ? text : text.substring(0, colon));
    Optional<PolicyVersion> version = colon < 0 ? Optional.of(PolicyVersion.LATEST)
        : PolicyVersion.parse(text.substring(colon + 1));
    return level.isPresent() && version.isPresent()
        ? Optional.of(new LevelVersion(level.get(), version.get())) : Optional.empty();
  }

  @Override
  public String toString() {
    return level.label() + ":" + version;
  }
}

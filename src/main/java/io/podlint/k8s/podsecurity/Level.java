package io.podlint.k8s.podsecurity;

import java.util.Locale;
import java.util.Optional;

/** A Pod Security Standards level, from the most permissive to the most restrictive. */
public enum Level {
  PRIVILEGED, BASELINE, RESTRICTED;

  /** The label value: {@code privileged}, {@code baseline} or {@code restricted}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Exactly a label value (admission compares case-sensitively); empty otherwise. */
  public static Optional<Level> parse(String text) {
    for (Level l : values()) {
      if (l.label().equals(text)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}

package io.podlint.rules.podsecurity;

import io.podlint.rules.Check;
import java.util.List;

/** The Pod Security Standards: one check, one policy per upstream check (its {@code params.standard}). */
public final class PodSecurityChecks {
  private PodSecurityChecks() {}

  public static final List<Check<?>> ALL = List.of(new PodSecurityRule());
}

package io.podlint.rules.podsecurity;

import io.podlint.k8s.podsecurity.PodSecurityStandards;
import io.podlint.rules.Check;
import java.util.List;

/** One rule per check of the Pod Security Standards, each named after the upstream check id. */
public final class PodSecurityChecks {
  private PodSecurityChecks() {}

  public static final List<Check<?>> ALL = PodSecurityStandards.ALL.stream()
      .<Check<?>>map(PodSecurityRule::new).toList();
}

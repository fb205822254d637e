package io.podlint.rules.probes;

import io.podlint.k8s.ProbeKind;
import io.podlint.rules.CheckContext;
import io.podlint.rules.PolicyText;
import java.util.List;

/** The policy texts for a probe that can never succeed, shared by the checks that find one. */
final class AlwaysFailingProbe {
  /** The consequence of a liveness or startup probe that can never succeed: {probe} is its type. */
  static final PolicyText RESTARTED = PolicyText.of("restartedConsequence", "probe");
  /** The consequence of a readiness probe that can never succeed. */
  static final PolicyText NEVER_READY = PolicyText.of("neverReadyConsequence");
  /** The texts of {@link #consequence}, for the checks that use it. */
  static final List<PolicyText> TEXTS = List.of(RESTARTED, NEVER_READY);

  private AlwaysFailingProbe() {}

  /** The policy's consequence for a probe of this type that can never succeed. */
  static String consequence(ProbeKind kind, CheckContext ctx) {
    return kind.killsOnFailure() ? ctx.text(RESTARTED, kind.label()) : ctx.text(NEVER_READY);
  }
}

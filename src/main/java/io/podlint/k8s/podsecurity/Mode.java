package io.podlint.k8s.podsecurity;

import io.podlint.model.Severity;
import java.util.Locale;

/**
 * How admission applies a level: {@code enforce} refuses violating Pods, {@code warn} returns a
 * warning that kubectl prints, {@code audit} adds an annotation to the audit event. Declared from
 * the strongest to the weakest.
 */
public enum Mode {
  ENFORCE(Severity.ERROR), WARN(Severity.WARNING), AUDIT(Severity.INFO);

  private final Severity severity;

  Mode(Severity severity) {
    this.severity = severity;
  }

  /** The severity of a finding under this mode. */
  public Severity severity() {
    return severity;
  }

  /** {@code enforce}, {@code warn} or {@code audit}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The namespace label that sets the level: {@code pod-security.kubernetes.io/enforce}. */
  public String levelLabel() {
    return NamespacePolicy.LABEL_PREFIX + label();
  }

  /** The namespace label that pins the version: {@code pod-security.kubernetes.io/enforce-version}. */
  public String versionLabel() {
    return levelLabel() + "-version";
  }
}

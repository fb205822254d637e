package io.podlint.k8s;

/** The three probe types and what their failure does. */
public enum ProbeKind {
  LIVENESS("livenessProbe", "liveness"),
  READINESS("readinessProbe", "readiness"),
  STARTUP("startupProbe", "startup");

  private final String field;
  private final String label;

  ProbeKind(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** The container field, such as {@code livenessProbe}. */
  public String field() {
    return field;
  }

  /** {@code liveness}, {@code readiness} or {@code startup}, for messages. */
  public String label() {
    return label;
  }

  /** Liveness and startup failures kill the container; readiness failures only take it out of rotation. */
  public boolean killsOnFailure() {
    return this != READINESS;
  }

  /** What a probe of this type that can never succeed does to the Pod, for messages. */
  public String outcomeWhenAlwaysFailing() {
    return killsOnFailure()
        ? "the container is killed and restarted over and over (CrashLoopBackOff)"
        : "the Pod never becomes Ready, so Services send it no traffic and a rolling update waits on it forever";
  }
}

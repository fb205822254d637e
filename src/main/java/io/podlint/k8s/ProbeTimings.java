package io.podlint.k8s;

import io.podlint.parse.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A probe's numbers after the API server's defaulting: 0 or absent becomes 10 for
 * {@code periodSeconds}, 1 for {@code timeoutSeconds} and {@code successThreshold}, 3 for
 * {@code failureThreshold}; {@code initialDelaySeconds} has no default beyond 0.
 */
public record ProbeTimings(long initialDelaySeconds, long timeoutSeconds, long periodSeconds,
    long successThreshold, long failureThreshold) {

  /** The five numeric fields that must not be negative. */
  public static final List<String> FIELDS = List.of("initialDelaySeconds", "timeoutSeconds",
      "periodSeconds", "successThreshold", "failureThreshold");

  /** The fields whose 0 the defaulter replaces, with the value it substitutes. */
  public static final Map<String, Long> DEFAULTS = Map.of("timeoutSeconds", 1L, "periodSeconds", 10L,
      "successThreshold", 1L, "failureThreshold", 3L);

  /**
   * The effective numbers, or empty when a field is negative or not an integer (the API server
   * rejects the probe then, and other rules say so).
   */
  public static Optional<ProbeTimings> of(YamlNode probe) {
    long[] v = new long[FIELDS.size()];
    for (int i = 0; i < v.length; i++) {
      String field = FIELDS.get(i);
      YamlNode node = probe.get(field);
      long value = 0;
      if (node.hasValue()) {
        Optional<Long> n = node.asLong();
        if (n.isEmpty() || n.get() < 0) {
          return Optional.empty();
        }
        value = n.get();
      }
      v[i] = value == 0 ? DEFAULTS.getOrDefault(field, 0L) : value;
    }
    return Optional.of(new ProbeTimings(v[0], v[1], v[2], v[3], v[4]));
  }

  /**
   * Seconds from container start until a probe that never succeeds has failed
   * {@code failureThreshold} times: {@code initialDelaySeconds + failureThreshold * periodSeconds}
   * (the formula of the Kubernetes documentation; the kubelet's jitter and timeouts are ignored).
   */
  public long budgetSeconds() {
    return initialDelaySeconds + failureThreshold * periodSeconds;
  }

  /** {@code "initialDelaySeconds 0 + failureThreshold 3 * periodSeconds 10 = 30s"}, for messages. */
  public String budgetFormula() {
    return "initialDelaySeconds " + initialDelaySeconds + " + failureThreshold " + failureThreshold
        + " * periodSeconds " + periodSeconds + " = " + budgetSeconds() + "s";
  }
}

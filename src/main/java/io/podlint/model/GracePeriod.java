package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.Optional;

/** The pod's {@code terminationGracePeriodSeconds} after defaulting. */
public final class GracePeriod {
  /** {@code DefaultTerminationGracePeriodSeconds}. */
  public static final long DEFAULT_SECONDS = 30;

  private GracePeriod() {}

  public static YamlNode node(Workload w) {
    return w.podSpec().get("terminationGracePeriodSeconds");
  }

  /** The value the API server validates: 30 when unset; empty when it is not an integer. */
  public static Optional<Long> seconds(Workload w) {
    YamlNode n = node(w);
    if (!n.hasValue()) {
      return Optional.of(DEFAULT_SECONDS);
    }
    return n.asLong();
  }

  /** "terminationGracePeriodSeconds of 45 s" or "... of 30 s (the default)", for messages. */
  public static String describe(Workload w, long seconds) {
    return describe(seconds, node(w).hasValue());
  }

  /** {@link #describe(Workload, long)} for a period that is {@code explicit} or defaulted. */
  public static String describe(long seconds, boolean explicit) {
    return "terminationGracePeriodSeconds of " + seconds + " s" + (explicit ? "" : " (the default)");
  }

  /** "90 s" or "1 h 30 min", for messages. */
  public static String duration(long seconds) {
    if (seconds < 120) {
      return seconds + " s";
    }
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    StringBuilder b = new StringBuilder();
    if (h > 0) {
      b.append(h).append(" h");
    }
    if (m > 0) {
      b.append(b.isEmpty() ? "" : " ").append(m).append(" min");
    }
    if (s > 0) {
      b.append(b.isEmpty() ? "" : " ").append(s).append(" s");
    }
    return b.toString();
  }
}

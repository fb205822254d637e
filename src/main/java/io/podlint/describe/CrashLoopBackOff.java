package io.podlint.describe;

import io.podlint.describe.PodLifecycle.CrashLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * The kubelet's restart back-off ({@code containerBackOffPeriod}, {@code MaxContainerBackOff}):
 * the first restart after a container's first exit is immediate (no back-off entry exists yet);
 * then the wait starts at 10 s and doubles after each restart, capped at 300 s; it resets once the
 * container has run for 10 minutes (twice the cap) without exiting.
 */
final class CrashLoopBackOff {
  static final long INITIAL_SECONDS = 10;
  static final long MAX_SECONDS = 300;
  static final long RESET_AFTER_SECONDS = 2 * MAX_SECONDS;

  private CrashLoopBackOff() {}

  /** The wait before the {@code n}-th restart (1-based). */
  static long delayBeforeRestart(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("restarts are counted from 1: " + n);
    }
    if (n == 1) {
      return 0;
    }
    long delay = INITIAL_SECONDS;
    for (int i = 2; i < n && delay < MAX_SECONDS; i++) {
      delay *= 2;
    }
    return Math.min(delay, MAX_SECONDS);
  }

  /** The waits before each restart, up to and including the first one at the cap. */
  static CrashLoop schedule() {
    List<Long> delays = new ArrayList<>();
    for (int n = 1; ; n++) {
      long d = delayBeforeRestart(n);
      delays.add(d);
      if (d == MAX_SECONDS) {
        break;
      }
    }
    return new CrashLoop(delays, MAX_SECONDS, RESET_AFTER_SECONDS);
  }
}

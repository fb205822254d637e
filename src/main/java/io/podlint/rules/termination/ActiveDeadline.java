package io.podlint.rules.termination;

/** The range the API server accepts for a pod's {@code activeDeadlineSeconds}. */
final class ActiveDeadline {
  /** {@code math.MaxInt32}. */
  static final long MAX = Integer.MAX_VALUE;

  private ActiveDeadline() {}

  static boolean isValid(long seconds) {
    return seconds >= 1 && seconds <= MAX;
  }
}

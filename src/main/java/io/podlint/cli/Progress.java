package io.podlint.cli;

import io.podlint.util.Plural;
import java.io.PrintWriter;

/**
 * A {@code \r} counter of files on standard error, shown on a terminal only, for long runs: many
 * files, or after a second. Erased when the run ends, before the report is printed.
 */
final class Progress implements Runnable {
  static final int MANY_FILES = 200;
  private static final long SLOW_NANOS = 1_000_000_000L;
  private static final long REFRESH_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final long start = System.nanoTime();
  private int done;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public synchronized void run() {
    done++;
    long now = System.nanoTime();
    boolean due = total > MANY_FILES || now - start > SLOW_NANOS;
    if (due && (now - lastShown > REFRESH_NANOS || done == total)) {
      err.print("\rpodlint: " + done + "/" + total + " " + Plural.noun(total, "file"));
      err.flush();
      lastShown = now;
      shown = true;
    }
  }

  /** Erases the counter. */
  synchronized void finish() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}

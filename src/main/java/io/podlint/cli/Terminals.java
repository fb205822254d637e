package io.podlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals. Java 17 can only tell whether both
 * standard input and output are ({@link System#console()}), which is wrong for {@code helm template
 * | podlint lint -}; on Linux the file descriptors' links in {@code /proc} answer exactly.
 */
final class Terminals {
  private Terminals() {}

  static boolean stdout() {
    return isTerminal(1);
  }

  static boolean stderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}

package io.podlint.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Files the user asked podlint to write (-o, -f FORMAT=FILE, --write-baseline, init --file). A
 * file that cannot be written is the user's mistake (exit code 2), told in one line.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Creates the file's missing parent folders and tells whether the file can then be written, so
   * that a run fails before the (possibly long) lint rather than after it.
   *
   * @return the one-line problem, or empty when the file looks writable
   */
  static Optional<String> check(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of(problem(file, "it is a folder"));
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      return Optional.of(problem(file, e));
    }
    boolean writable = Files.exists(file) ? Files.isWritable(file) : parent == null || Files.isWritable(parent);
    return writable ? Optional.empty() : Optional.of(problem(file, "permission denied"));
  }

  /** {@code cannot write FILE: REASON}, the reason in words rather than an exception's name. */
  static String problem(Path file, IOException e) {
    return problem(file, reason(e));
  }

  private static String problem(Path file, String reason) {
    return "cannot write " + file + ": " + reason;
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied" + other(a);
    }
    if (e instanceof NoSuchFileException n) {
      return "no such folder" + (n.getFile() == null ? "" : " " + n.getFile());
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String r = f.getReason().toLowerCase(Locale.ROOT);
      return switch (r) {
        case "is a directory" -> "it is a folder";
        case "not a directory" -> "a part of the path is a file, not a folder";
        default -> r + other(f);
      };
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String other(FileSystemException e) {
    return e.getFile() == null ? "" : " (" + e.getFile() + ")";
  }
}

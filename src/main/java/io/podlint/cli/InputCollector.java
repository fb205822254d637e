package io.podlint.cli;

import io.podlint.engine.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns command-line paths into the list of files to lint: files as given, folders walked
 * recursively for {@code *.yaml}/{@code *.yml} (hidden folders skipped, symlink loops cut), and
 * {@code -} for standard input. The order is deterministic: arguments in order, folder contents
 * sorted by name.
 */
final class InputCollector {
  private final List<SourceFile> files = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final List<java.nio.file.PathMatcher> excludes = new ArrayList<>();

  /** @param excludeGlobs glob patterns matched against the displayed (relative) path */
  InputCollector(List<String> excludeGlobs) {
    for (String glob : excludeGlobs) {
      excludes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
  }

  InputCollector() {
    this(List.of());
  }

  private boolean excluded(String display) {
    Path p = Path.of(display);
    for (java.nio.file.PathMatcher m : excludes) {
      if (m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()))) {
        return true;
      }
    }
    return false;
  }

  List<SourceFile> files() {
    return files;
  }

  /** Paths that do not exist or cannot be listed. */
  List<String> errors() {
    return errors;
  }

  void add(String arg, String stdinName, InputStream stdin) {
    if ("-".equals(arg)) {
      try {
        files.add(SourceFile.ofBytes(stdinName, stdin.readAllBytes()));
      } catch (IOException e) {
        errors.add("-: cannot read standard input: " + e.getMessage());
      }
      return;
    }
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      walk(path, new HashSet<>());
    } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path)) {
      addFile(path, display(arg));
    } else {
      errors.add(arg + ": no such file or folder");
    }
  }

  private void walk(Path dir, Set<Path> ancestors) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      errors.add(display(dir.toString()) + ": cannot read folder: " + e.getMessage());
      return;
    }
    if (!ancestors.add(real)) {
      return; // a symlink back to a folder being walked: a loop
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(entries::add);
    } catch (IOException e) {
      errors.add(display(dir.toString()) + ": cannot read folder: " + describe(e));
      ancestors.remove(real);
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (Files.isDirectory(p)) {
        if (!name.startsWith(".")) {
          walk(p, ancestors);
        }
      } else if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p)) {
        addFile(p, display(p.toString()));
      }
    }
    ancestors.remove(real);
  }

  private void addFile(Path p, String display) {
    if (excluded(display)) {
      return;
    }
    Path key;
    try {
      key = p.toRealPath();
    } catch (IOException e) {
      key = p.toAbsolutePath().normalize();
    }
    if (seenFiles.add(key)) {
      files.add(SourceFile.of(display, p));
    }
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
  }

  /** Paths as the user wrote them, normalised to forward slashes and without {@code ./}. */
  static String display(String path) {
    String s = path.replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    return s;
  }
}

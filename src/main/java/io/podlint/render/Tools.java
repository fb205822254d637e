package io.podlint.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds rendering tools: a path named in the config, else the first executable of that name on PATH. */
final class Tools {
  private Tools() {}

  static Optional<Path> find(String configured, String name) {
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      if (p.getNameCount() > 1 || p.isAbsolute()) {
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
      }
      name = configured;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

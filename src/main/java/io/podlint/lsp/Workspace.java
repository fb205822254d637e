package io.podlint.lsp;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.policy.Config;
import io.podlint.policy.ConfigLoader;
import io.podlint.policy.LintSetup;
import io.podlint.policy.PolicyException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One workspace folder as the language server sees it: its {@code .podlint.yaml} (found as the
 * CLI finds it, from the folder upwards), the policies it enables, and its manifests, read from
 * disk unless the editor holds them open (then the editor's text counts, saved or not). Each lint
 * reads the whole folder, so cross-file checks (Services, ConfigMaps, NetworkAttachmentDefinitions)
 * see the other files.
 */
final class Workspace {
  /** A folder with more manifests than this is linted as the open documents alone. */
  static final int MAX_FILES = 2000;

  private final Path root;
  private LintSetup setup;
  private String setupProblem;
  private List<Path> files;
  private final Map<Path, Cached> cache = new HashMap<>();

  private record Cached(long modified, long size, byte[] bytes) {}

  /** Whether to read the folder's other files: not for a document outside every workspace folder. */
  private final boolean walk;

  Workspace(Path root) {
    this(root, true);
  }

  Workspace(Path root, boolean walk) {
    this.root = root;
    this.walk = walk;
  }

  Path root() {
    return root;
  }

  boolean contains(Path file) {
    return file.startsWith(root);
  }

  /** The config problem that made the server fall back to the defaults, or null. */
  synchronized String setupProblem() {
    setup();
    return setupProblem;
  }

  /** Forgets the config and the file list (a config or manifest was created, changed or deleted). */
  synchronized void invalidate() {
    setup = null;
    setupProblem = null;
    files = null;
  }

  synchronized LintSetup setup() {
    if (setup == null) {
      try {
        setup = load(root);
      } catch (PolicyException e) {
        setupProblem = String.join("; ", e.problems());
        try {
          setup = load(null);
        } catch (PolicyException again) {
          throw new IllegalStateException("the built-in policies do not load: " + again.problems(), again);
        }
      }
    }
    return setup;
  }

  /** The folder's config (or the defaults) set up as {@code podlint lint} sets it up, without options. */
  private static LintSetup load(Path root) throws PolicyException {
    java.util.Optional<Path> file = root == null ? java.util.Optional.empty() : ConfigLoader.discover(root);
    Config config = file.isPresent() ? ConfigLoader.load(file.get()) : Config.empty();
    return LintSetup.of(config, LintSetup.Overrides.NONE);
  }

  /** Lints the folder with {@code open} (absolute path to the editor's text) in place of the files on disk. */
  synchronized LintResult lint(Map<Path, String> open) {
    LintSetup s = setup();
    List<SourceFile> in = new ArrayList<>();
    Set<Path> seen = new java.util.HashSet<>();
    for (Map.Entry<Path, String> e : open.entrySet()) {
      if (contains(e.getKey())) {
        in.add(SourceFile.ofBytes(e.getKey().toString(), e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        seen.add(e.getKey());
      }
    }
    List<Path> all = walk ? files(s.config()) : List.of();
    if (all.size() <= MAX_FILES) {
      for (Path p : all) {
        if (!seen.contains(p)) {
          byte[] bytes = read(p);
          if (bytes != null) {
            in.add(SourceFile.ofBytes(p.toString(), bytes));
          }
        }
      }
    }
    return new Linter(s.active(), s.settings(), 1).lint(in);
  }

  private byte[] read(Path p) {
    try {
      long modified = Files.getLastModifiedTime(p).toMillis();
      long size = Files.size(p);
      Cached c = cache.get(p);
      if (c != null && c.modified == modified && c.size == size) {
        return c.bytes;
      }
      if (size > 4 << 20) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(p);
      cache.put(p, new Cached(modified, size, bytes));
      return bytes;
    } catch (IOException e) {
      cache.remove(p);
      return null;
    }
  }

  /** The folder's manifests: *.yaml and *.yml, hidden folders skipped, the config's exclude applied. */
  private List<Path> files(Config config) {
    if (files != null) {
      return files;
    }
    List<PathMatcher> excludes = new ArrayList<>();
    for (String g : config.exclude()) {
      try {
        excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      } catch (IllegalArgumentException e) {
        // a bad glob is the CLI's to report
      }
    }
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean hidden = !dir.equals(root) && name.startsWith(".");
          return hidden || name.equals("node_modules") || out.size() > MAX_FILES
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          Path rel = root.relativize(file);
          if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !ConfigLoader.FILE_NAMES.contains(name)
              && excludes.stream().noneMatch(m -> m.matches(rel))) {
            out.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // an unreadable folder: lint what was found
    }
    out.sort(null);
    files = List.copyOf(out);
    return files;
  }
}

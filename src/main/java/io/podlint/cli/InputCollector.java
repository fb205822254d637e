package io.podlint.cli;

import io.podlint.engine.SourceFile;
import io.podlint.render.Charts;
import io.podlint.render.Kustomizations;
import io.podlint.render.Renderer;
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
 *
 * <p>A folder holding {@code Chart.yaml} is a Helm chart and one holding a kustomization file a
 * kustomization: with a {@link Renderer}, each found under a folder the user named is rendered and
 * the result linted instead of its files (a render that fails is one input error, the other inputs
 * are still linted). Without one ({@code --no-render}), a chart's {@code templates/} are skipped.
 * Either way, chart templates and kustomize patch files are never linted on their own, even when
 * named one by one (as pre-commit does): they are parts, not objects.
 */
final class InputCollector {
  private final List<SourceFile> files = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final List<java.nio.file.PathMatcher> excludes = new ArrayList<>();
  private final Renderer renderer;
  /** Real paths of files a rendered kustomization consumed or lists as patches: not linted alone. */
  private final Set<Path> parts = new HashSet<>();
  private final java.util.Map<SourceFile, Path> realPaths = new java.util.IdentityHashMap<>();

  /**
   * @param excludeGlobs glob patterns matched against the displayed (relative) path
   * @param renderer renders the charts and kustomizations found in folders; null not to render
   */
  InputCollector(List<String> excludeGlobs, Renderer renderer) {
    for (String glob : excludeGlobs) {
      excludes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    this.renderer = renderer;
  }

  InputCollector(List<String> excludeGlobs) {
    this(excludeGlobs, null);
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

  /**
   * Collectors for the files a command works on (its targets) and for context folders
   * ({@code --nad-folder}).
   *
   * @param renderer renders the charts and kustomizations found in the targets' folders; null not to
   * @param contextIsTarget whether the context folders are collected as targets (lint reports on
   *     them: one collector, so one de-duplication by real path), or read alongside them without
   *     being reported on or changed (describe, fix: not rendered, and left out when a target has
   *     the same display name)
   * @throws IllegalArgumentException for a bad exclude pattern
   */
  static TargetsAndContext forTargetsAndContext(List<String> excludeGlobs, Renderer renderer, boolean contextIsTarget) {
    InputCollector targets = new InputCollector(excludeGlobs, renderer);
    return new TargetsAndContext(targets, contextIsTarget ? targets : new InputCollector(excludeGlobs));
  }

  /** A command's target files and its context folders' files; see {@link #forTargetsAndContext}. */
  record TargetsAndContext(InputCollector targets, InputCollector context) {
    /** Collects {@code paths} as targets and {@code folders} as context. */
    Collected collect(List<String> paths, List<Path> folders, String stdinName, InputStream stdin) {
      for (String p : paths) {
        targets.add(p, stdinName, stdin);
      }
      for (Path dir : folders) {
        context.add(dir.toString(), stdinName, stdin);
      }
      List<SourceFile> named = targets.files();
      Set<String> names = new HashSet<>(named.stream().map(SourceFile::displayName).toList());
      if (context == targets) {
        return new Collected(named, Set.copyOf(names), named, List.copyOf(targets.errors()));
      }
      List<SourceFile> all = new ArrayList<>(named);
      context.files().stream().filter(f -> !names.contains(f.displayName())).forEach(all::add);
      List<String> errors = new ArrayList<>(targets.errors());
      errors.addAll(context.errors());
      return new Collected(named, Set.copyOf(names), List.copyOf(all), List.copyOf(errors));
    }
  }

  /**
   * @param targets the files of the paths given
   * @param targetNames their display names
   * @param all the targets, then the context files that are not among them
   * @param errors paths that do not exist or cannot be listed, targets' first
   */
  record Collected(List<SourceFile> targets, Set<String> targetNames, List<SourceFile> all, List<String> errors) {}

  List<SourceFile> files() {
    return files.stream().filter(f -> realPaths.get(f) == null || !parts.contains(realPaths.get(f))).toList();
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
      if (!isPart(path)) {
        addFile(path, display(arg));
      }
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
    boolean chart = Charts.isChart(dir);
    String dirDisplay = display(dir.toString());
    if (chart && renderer != null) {
      if (!excluded(dirDisplay)) {
        rendered(renderer.chart(dir, dirDisplay));
      }
      ancestors.remove(real);
      return; // its templates are not YAML, its values not objects: only the rendered chart is linted
    }
    java.util.Optional<Path> kustomization = Kustomizations.fileOf(dir);
    if (kustomization.isPresent()) {
      Path k = kustomization.get();
      Kustomizations.patchFiles(k).forEach(p -> parts.add(realPath(p)));
      if (renderer != null && !Kustomizations.isComponent(k) && !excluded(dirDisplay)) {
        Renderer.Result r = renderer.kustomization(dir, dirDisplay);
        if (r.error() == null) {
          // its resources are linted through the build (as the objects the cluster gets), not twice
          Kustomizations.resourceFiles(k).forEach(p -> parts.add(realPath(p)));
        }
        rendered(r);
      }
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
        if (!name.startsWith(".") && !(chart && name.equals("templates"))) {
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
      SourceFile f = SourceFile.of(display, p);
      files.add(f);
      realPaths.put(f, key);
    }
  }

  private void rendered(Renderer.Result r) {
    if (r.error() != null) {
      errors.add(r.error());
    } else {
      files.add(r.file());
    }
  }

  /**
   * Whether a file named on its own is part of something else: a template of a Helm chart (under
   * the {@code templates/} folder of the nearest folder above it with {@code Chart.yaml}), or a patch
   * its folder's kustomization lists.
   */
  static boolean isPart(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
      if (Charts.isChart(dir)) {
        Path rel = dir.relativize(abs);
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals("templates");
      }
    }
    java.util.Optional<Path> k = Kustomizations.fileOf(abs.getParent());
    if (k.isPresent()) {
      Path real = realPath(abs);
      return Kustomizations.patchFiles(k.get()).stream().anyMatch(p -> realPath(p).equals(real));
    }
    return false;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
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

package io.podlint.render;

import io.podlint.parse.Document;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Kustomization files: where a folder's is, and which files it uses as patches or resources. */
public final class Kustomizations {
  /** The names kustomize looks for, in its order. */
  public static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private Kustomizations() {}

  /** The kustomization file of a folder, if it has one. */
  public static Optional<Path> fileOf(Path dir) {
    for (String name : FILE_NAMES) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Whether the kustomization is a {@code kind: Component}, which cannot be built alone. */
  public static boolean isComponent(Path kustomizationFile) {
    YamlNode root = root(kustomizationFile);
    return "Component".equals(root.get("kind").text());
  }

  /**
   * The files a kustomization lists under {@code patches}, {@code patchesStrategicMerge} and
   * {@code patchesJson6902}: partial objects, resolved against its folder. Inline patches and
   * paths outside the file system are left out.
   */
  public static List<Path> patchFiles(Path kustomizationFile) {
    return patchFiles(root(kustomizationFile), kustomizationFile.getParent());
  }

  static List<Path> patchFiles(YamlNode root, Path dir) {
    return patches(root, dir).stream().map(PatchEntry::file).toList();
  }

  /**
   * A patch file a kustomization lists, with its target's kind and name when it names them
   * ({@code patches[].target}, {@code patchesJson6902[].target}); null when the patch itself says.
   */
  record PatchEntry(Path file, String targetKind, String targetName) {}

  static List<PatchEntry> patches(YamlNode root, Path dir) {
    List<PatchEntry> out = new ArrayList<>();
    for (YamlNode p : root.get("patches").items()) {
      addPath(out, dir, p.isMapping() ? p.get("path").text() : null, p.get("target"));
    }
    for (YamlNode p : root.get("patchesStrategicMerge").items()) {
      addPath(out, dir, p.isScalar() ? p.text() : null, YamlNode.root(null));
    }
    for (YamlNode p : root.get("patchesJson6902").items()) {
      addPath(out, dir, p.isMapping() ? p.get("path").text() : null, p.get("target"));
    }
    return out;
  }

  /** The files (not folders) a kustomization lists under {@code resources}, resolved against its folder. */
  public static List<Path> resourceFiles(Path kustomizationFile) {
    List<Path> out = new ArrayList<>();
    for (YamlNode r : root(kustomizationFile).get("resources").items()) {
      String s = r.isScalar() ? r.text() : null;
      if (s != null && !s.contains("://") && !s.contains("\n")) {
        Path p = kustomizationFile.getParent().resolve(s).normalize();
        if (Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static void addPath(List<PatchEntry> out, Path dir, String path, YamlNode target) {
    if (path != null && !path.isBlank() && !path.contains("\n") && !path.contains("://")) {
      out.add(new PatchEntry(dir.resolve(path.strip()).normalize(), target.get("kind").text(), target.get("name").text()));
    }
  }

  static YamlNode root(Path file) {
    try {
      ParsedFile parsed = new YamlParser().parse(file.toString(), Files.readAllBytes(file));
      List<Document> docs = parsed.documents();
      return docs.isEmpty() ? YamlNode.root(null) : docs.get(0).root();
    } catch (IOException | RuntimeException e) {
      return YamlNode.root(null);
    }
  }
}

package io.podlint.render;

import io.podlint.engine.Attribution;
import io.podlint.parse.Document;
import io.podlint.parse.FieldPaths;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Findings of a kustomization podlint built go to the files the objects come from. A build with
 * {@code buildMetadata: [originAnnotations, transformerAnnotations]} names, per object, its
 * origin file ({@code config.kubernetes.io/origin}) and the kustomizations whose transformers
 * changed it ({@code alpha.config.kubernetes.io/transformations}). A field a strategic merge patch
 * of one of those kustomizations sets points at the patch; any other field at its place in the
 * origin document (or the nearest parent written there: a field kustomize added, such as a
 * namespace, points at its parent).
 */
final class KustomizeAttribution implements Attribution {
  private final List<YamlNode> annotated;
  private final Path wrapper;
  private final Path built;
  private final String builtDisplay;
  private final Map<Path, List<Document>> files = new ConcurrentHashMap<>();
  private final Map<Integer, Sources> sources = new ConcurrentHashMap<>();

  /** Where one rendered object comes from: its origin document and the patches that may touch it. */
  private record Sources(Path originFile, Document origin, List<Patch> patches) {}

  private record Patch(Path file, YamlNode root) {}

  /**
   * @param annotatedText the build's output with origin and transformer annotations
   * @param wrapper the folder of the wrapper kustomization those annotations are relative to
   * @param built the kustomization folder that was built (real path), shown as {@code builtDisplay}
   */
  KustomizeAttribution(String annotatedText, Path wrapper, Path built, String builtDisplay) {
    this.annotated = new YamlParser().parse("annotated", annotatedText).documents().stream().map(Document::root).toList();
    this.wrapper = wrapper;
    this.built = built;
    this.builtDisplay = builtDisplay;
  }

  @Override
  public String sourceOf(Document d) {
    Sources s = sources(d.index());
    return s == null ? null : display(s.originFile);
  }

  @Override
  public Place locate(Document d, String path, Location at) {
    Sources s = sources(d.index());
    if (s == null) {
      return null;
    }
    YamlNode rendered = annotated.get(d.index());
    List<Object> segments = FieldPaths.segments(path);
    // A list item a patch names (a container by name) is only merged into: the item stays the base's.
    boolean item = !segments.isEmpty() && segments.get(segments.size() - 1) instanceof Integer;
    for (int i = s.patches.size() - 1; i >= 0 && !item; i--) { // the last patch applied wins
      Patch p = s.patches.get(i);
      FieldPaths.Match m = FieldPaths.find(rendered, p.root, path);
      if (m.complete() && m.depth() > 0) {
        return place(p.file, m.node());
      }
    }
    if (s.origin == null) {
      return new Place(display(s.originFile), 1, 1);
    }
    return place(s.originFile, FieldPaths.find(rendered, s.origin.root(), path).node());
  }

  private Place place(Path file, YamlNode node) {
    Location l = node.location();
    return new Place(display(file), l.line(), l.column());
  }

  /** A file under the built folder as the user wrote that folder ({@code overlays/prod/../../base/x} normalised). */
  private String display(Path file) {
    Path rel = built.relativize(file);
    String s = Path.of(builtDisplay).resolve(rel).normalize().toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  private Sources sources(int index) {
    if (index < 0 || index >= annotated.size()) {
      return null;
    }
    Sources s = sources.computeIfAbsent(index, i -> compute(annotated.get(i)));
    return s.originFile == null ? null : s;
  }

  private Sources compute(YamlNode root) {
    YamlNode annotations = root.at("metadata.annotations");
    YamlNode origin = yaml(annotations.get("config.kubernetes.io/origin").text());
    String path = origin.get("path").text();
    if (path == null || origin.get("repo").text() != null) {
      return new Sources(null, null, List.of());
    }
    Path file = wrapper.resolve(path).normalize();
    String kind = root.get("kind").text();
    String name = root.at("metadata.name").text();
    Document doc = match(docs(file), kind, name);
    List<Patch> patches = new ArrayList<>();
    String originalName = doc == null ? name : doc.name();
    for (YamlNode t : yaml(annotations.get("alpha.config.kubernetes.io/transformations").text()).items()) {
      String by = t.at("configuredBy.kind").text();
      String in = t.get("configuredIn").text();
      if (in == null || by == null || !by.startsWith("Patch")) {
        continue;
      }
      Path kustomization = wrapper.resolve(in).normalize();
      YamlNode k = Kustomizations.root(kustomization);
      for (Path patchFile : Kustomizations.patchFiles(k, kustomization.getParent())) {
        for (Document pd : docs(patchFile)) {
          if (kind != null && kind.equals(pd.kind()) && originalName != null && originalName.equals(pd.name())
              && patches.stream().noneMatch(p -> p.root == pd.root())) {
            patches.add(new Patch(patchFile, pd.root()));
          }
        }
      }
    }
    return new Sources(file, doc, patches);
  }

  /** The object of an origin file: same kind, and the name the rendered one has (maybe with prefix or suffix). */
  private static Document match(List<Document> docs, String kind, String name) {
    Document best = null;
    int sameKind = 0;
    Document onlyOfKind = null;
    for (Document d : docs) {
      if (kind == null || !kind.equals(d.kind())) {
        continue;
      }
      sameKind++;
      onlyOfKind = d;
      if (d.name() != null && name != null && name.contains(d.name())
          && (best == null || d.name().length() > best.name().length())) {
        best = d;
      }
    }
    return best != null ? best : sameKind == 1 ? onlyOfKind : null;
  }

  private List<Document> docs(Path file) {
    return files.computeIfAbsent(file, f -> {
      try {
        return new YamlParser().parse(f.toString(), Files.readAllBytes(f)).documents();
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }

  private static YamlNode yaml(String text) {
    if (text == null) {
      return YamlNode.root(null);
    }
    try {
      // composed into nodes only: no Java object is built from the annotation's text
      return YamlNode.root(new org.yaml.snakeyaml.Yaml().compose(new java.io.StringReader(text)));
    } catch (RuntimeException e) {
      return YamlNode.root(null);
    }
  }
}

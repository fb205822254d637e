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

  /**
   * A patch that applies to the object: a strategic merge patch (the object's shape, {@code ops}
   * null) or a JSON 6902 patch (a list of operations on JSON pointers).
   */
  private record Patch(Path file, YamlNode root, List<YamlNode> ops) {
    boolean strategic() {
      return ops == null;
    }

    /** The patch's node for the rendered field, or null when it does not write it. */
    FieldPaths.Match find(YamlNode rendered, List<Object> segments) {
      if (ops == null) {
        return FieldPaths.find(rendered, root, segments);
      }
      FieldPaths.Match found = null;
      for (YamlNode op : ops) { // later operations win
        String kind = op.get("op").text();
        String pointer = op.get("path").text();
        if (pointer == null || !("add".equals(kind) || "replace".equals(kind)) || !op.get("value").isPresent()) {
          continue;
        }
        int matched = JsonPointers.matchPrefix(pointer, rendered, segments, op.get("value"));
        if (matched >= 0) {
          YamlNode renderedAt = rendered.follow(segments.subList(0, matched));
          FieldPaths.Match m = FieldPaths.find(renderedAt, op.get("value"), segments.subList(matched, segments.size()));
          if (m.complete()) {
            found = new FieldPaths.Match(m.node(), true, matched + m.depth());
          }
        }
      }
      return found;
    }
  }

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
    FieldPaths.Match inOrigin = s.origin == null ? null : FieldPaths.find(rendered, s.origin.root(), segments);
    // A patch claims the values it writes, and what the origin does not have at all; a mapping or
    // list item it only merges into (spec.template, a container named in the patch) stays the origin's.
    boolean inOriginToo = inOrigin != null && inOrigin.complete();
    for (int i = s.patches.size() - 1; i >= 0; i--) { // the last patch applied wins
      Patch p = s.patches.get(i);
      FieldPaths.Match m = p.find(rendered, segments);
      if (m != null && m.complete() && m.depth() > 0 && (m.node().isScalar() || !inOriginToo)) {
        return place(p.file, m.node());
      }
    }
    if (inOrigin == null) {
      return new Place(display(s.originFile), 1, 1);
    }
    return place(s.originFile, inOrigin.node());
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
      for (Kustomizations.PatchEntry e : Kustomizations.patches(Kustomizations.root(kustomization), kustomization.getParent())) {
        if (e.targetKind() != null && !e.targetKind().equals(kind)
            || e.targetName() != null && !e.targetName().equals(originalName)
            || patches.stream().anyMatch(p -> p.file.equals(e.file()))) {
          continue;
        }
        YamlNode whole = yaml(read(e.file()));
        if (whole.isSequence()) {
          patches.add(new Patch(e.file(), whole, whole.items()));
          continue;
        }
        for (Document pd : docs(e.file())) {
          boolean targeted = e.targetKind() != null || e.targetName() != null;
          if (kind != null && kind.equals(pd.kind()) && (targeted || names(pd.name(), originalName, name))) {
            patches.add(new Patch(e.file(), pd.root(), null));
          }
        }
      }
    }
    return new Sources(file, doc, patches);
  }

  /**
   * Whether a patch names the object: by its name in the origin file, its rendered name, or a name
   * between the two (a prefix or suffix of a kustomization between the base and this one).
   */
  private static boolean names(String patchName, String originalName, String renderedName) {
    return patchName != null && originalName != null && renderedName != null
        && (patchName.equals(originalName) || patchName.equals(renderedName)
            || renderedName.contains(patchName) && patchName.contains(originalName));
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

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
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

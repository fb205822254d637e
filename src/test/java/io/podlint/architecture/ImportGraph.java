package io.podlint.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which podlint package uses which, read from the Java sources: imports (static and wildcard
 * ones too) and fully qualified names in code. Comments and string literals are blanked first, so
 * a {@code {@link io.podlint.x.Y}} in a comment is not a dependency.
 */
final class ImportGraph {
  private static final String ROOT = "io.podlint";
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?(io\\.podlint(?:\\.\\w+)+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
  /** {@code io.podlint.a.b.Type}: lower-case segments, then a type. */
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])io\\.podlint((?:\\.[a-z_]\\w*)*)\\.[A-Z]");

  /** One use of package {@code to} in package {@code from}, at {@code where} (file:line). */
  record Use(String from, String to, String where) {}

  private final Set<String> packages = new TreeSet<>();
  private final Map<String, Map<String, List<Use>>> uses = new TreeMap<>();

  /** The graph of every {@code .java} file under {@code sourceRoot}; locations are relative to {@code base}. */
  static ImportGraph scan(Path sourceRoot, Path base) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.put(base.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(sources);
  }

  /** The graph of the given sources, by file name. */
  static ImportGraph of(Map<String, String> sources) {
    ImportGraph g = new ImportGraph();
    sources.forEach(g::add);
    return g;
  }

  private void add(String file, String source) {
    String code = blankCommentsAndStrings(source);
    Matcher p = PACKAGE.matcher(code);
    if (!p.find()) {
      throw new IllegalArgumentException(file + ": no package declaration");
    }
    String from = p.group(1);
    packages.add(from);
    Matcher i = IMPORT.matcher(code);
    StringBuilder body = new StringBuilder(code);
    while (i.find()) {
      use(from, packageOf(i.group(1), code.startsWith(".*", i.end(1))), file, code, i.start(1));
      blankInPlace(body, i.start(), i.end());
    }
    blankInPlace(body, p.start(), p.end());
    Matcher q = QUALIFIED.matcher(body);
    while (q.find()) {
      use(from, ROOT + q.group(1), file, code, q.start());
    }
  }

  /** The package of an imported name: the segments before the first one that names a type. */
  private static String packageOf(String imported, boolean wildcard) {
    String[] parts = imported.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (String part : parts) {
      if (Character.isUpperCase(part.charAt(0))) {
        return pkg.toString();
      }
      pkg.append(pkg.isEmpty() ? "" : ".").append(part);
    }
    return wildcard ? pkg.toString() : imported.substring(0, imported.lastIndexOf('.'));
  }

  private void use(String from, String to, String file, String code, int offset) {
    if (from.equals(to)) {
      return;
    }
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (code.charAt(k) == '\n') {
        line++;
      }
    }
    uses.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new ArrayList<>())
        .add(new Use(from, to, file + ":" + line));
  }

  Set<String> packages() {
    return packages;
  }

  /** Every use, sorted by the using and the used package, then by place. */
  List<Use> uses() {
    List<Use> out = new ArrayList<>();
    uses.values().forEach(m -> m.values().forEach(out::addAll));
    return out;
  }

  /** The packages {@code from} uses. */
  Set<String> targets(String from) {
    return uses.getOrDefault(from, Map.of()).keySet();
  }

  /**
   * The cycles between packages: each strongly connected set of two or more packages (Tarjan),
   * sorted, in a sorted list.
   */
  List<List<String>> cycles() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> out = new ArrayList<>();
    Set<String> all = new TreeSet<>(packages);
    uses.values().forEach(m -> all.addAll(m.keySet()));
    for (String p : all) {
      if (!index.containsKey(p)) {
        connect(p, index, low, stack, onStack, out);
      }
    }
    out.sort(Comparator.comparing(c -> c.get(0)));
    return out;
  }

  private void connect(String p, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
      Set<String> onStack, List<List<String>> out) {
    index.put(p, index.size());
    low.put(p, index.get(p));
    stack.push(p);
    onStack.add(p);
    for (String q : targets(p)) {
      if (!index.containsKey(q)) {
        connect(q, index, low, stack, onStack, out);
        low.put(p, Math.min(low.get(p), low.get(q)));
      } else if (onStack.contains(q)) {
        low.put(p, Math.min(low.get(p), index.get(q)));
      }
    }
    if (low.get(p).equals(index.get(p))) {
      List<String> component = new ArrayList<>();
      String q;
      do {
        q = stack.pop();
        onStack.remove(q);
        component.add(q);
      } while (!q.equals(p));
      if (component.size() > 1) {
        component.sort(null);
        out.add(component);
      }
    }
  }

  /**
   * The source with comments, string and character literals and text blocks replaced by spaces,
   * line breaks kept so that offsets and line numbers stay.
   */
  static String blankCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(s, i, end, out);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !s.startsWith("\"\"\"", end)) {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 3);
        blank(s, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && s.charAt(end) != c && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 1);
        blank(s, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String s, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(s.charAt(k) == '\n' ? '\n' : ' ');
    }
  }

  private static void blankInPlace(StringBuilder target, int from, int to) {
    for (int k = from; k < to; k++) {
      if (target.charAt(k) != '\n') {
        target.setCharAt(k, ' ');
      }
    }
  }
}

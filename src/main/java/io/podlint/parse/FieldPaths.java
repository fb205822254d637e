package io.podlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths as findings print them ({@code spec.template.spec.containers[0].image},
 * {@code metadata.annotations["k8s.v1.cni.cncf.io/networks"]}), and the same field in another
 * copy of an object: list items are matched by their {@code name} where they have one, as
 * strategic merge patches and kustomize merge them.
 */
public final class FieldPaths {
  private FieldPaths() {}

  /** The segments of a path: keys (String) and list indexes (Integer); empty for the root. */
  public static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          while (j < n && path.charAt(j) != '"') {
            if (path.charAt(j) == '\\' && j + 1 < n) {
              j++;
            }
            key.append(path.charAt(j++));
          }
          out.add(key.toString());
          i = Math.min(n, j + 2); // past "]
        } else {
          int close = path.indexOf(']', i);
          if (close < 0) {
            break;
          }
          try {
            out.add(Integer.parseInt(path.substring(i + 1, close)));
          } catch (NumberFormatException e) {
            out.add(path.substring(i + 1, close));
          }
          i = close + 1;
        }
      } else {
        int j = i;
        while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
          j++;
        }
        out.add(path.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  /**
   * The field of {@code source} that corresponds to {@code path} in {@code rendered}: as deep as
   * {@code source} has it. {@link Match#complete()} tells whether the whole path was found.
   */
  public static Match find(YamlNode rendered, YamlNode source, String path) {
    return find(rendered, source, segments(path));
  }

  /** {@link #find(YamlNode, YamlNode, String)} with the path already split. */
  public static Match find(YamlNode rendered, YamlNode source, List<Object> segments) {
    YamlNode r = rendered;
    YamlNode s = source;
    int depth = 0;
    for (Object seg : segments) {
      YamlNode next;
      if (seg instanceof Integer index) {
        List<YamlNode> items = r.items();
        YamlNode item = index < items.size() ? items.get(index) : null;
        r = item != null ? item : r;
        next = item == null ? null : sameItem(item, index, s.items());
      } else {
        r = r.get((String) seg);
        next = s.isMapping() ? s.get((String) seg) : null;
      }
      if (next == null || !next.isPresent()) {
        return new Match(s, false, depth);
      }
      s = next;
      depth++;
    }
    return new Match(s, true, depth);
  }

  /** The node at the segments of {@code root} (missing when absent). */
  public static YamlNode at(YamlNode root, List<Object> segments) {
    return root.follow(segments);
  }

  static YamlNode sameItem(YamlNode item, int index, List<YamlNode> candidates) {
    String name = item.isMapping() ? item.get("name").text() : null;
    if (name != null) {
      for (YamlNode c : candidates) {
        if (c.isMapping() && name.equals(c.get("name").text())) {
          return c;
        }
      }
      return null;
    }
    return index < candidates.size() ? candidates.get(index) : null;
  }

  /** The deepest node found and whether it is the whole path ({@code depth} segments followed). */
  public record Match(YamlNode node, boolean complete, int depth) {}
}

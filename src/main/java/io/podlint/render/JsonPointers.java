package io.podlint.render;

import io.podlint.parse.YamlNode;
import java.util.List;

/** JSON pointers of JSON 6902 patch operations ({@code /spec/template/spec/containers/-}) against field paths. */
final class JsonPointers {
  private JsonPointers() {}

  /**
   * How many segments of the rendered field path the pointer covers, or -1 when the field is not
   * under it. An index the pointer gives ({@code 0}, or {@code -} for an appended item) covers a
   * rendered item only when the written value names the same item ({@code name}) or has no name.
   */
  static int matchPrefix(String pointer, YamlNode rendered, List<Object> segments, YamlNode value) {
    if (!pointer.startsWith("/")) {
      return -1;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    if (tokens.length > segments.size()) {
      return -1;
    }
    YamlNode r = rendered;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      Object seg = segments.get(i);
      if (seg instanceof Integer index) {
        if (!(token.equals("-") || token.matches("\\d+"))) {
          return -1;
        }
        List<YamlNode> items = r.items();
        if (index >= items.size()) {
          return -1;
        }
        r = items.get(index);
        if (i == tokens.length - 1) {
          String name = value.isMapping() ? value.get("name").text() : null;
          if (name != null ? !name.equals(r.isMapping() ? r.get("name").text() : null)
              : !token.equals("-") && Integer.parseInt(token) != index) {
            return -1;
          }
        } else if (token.equals("-") || Integer.parseInt(token) != index) {
          return -1;
        }
      } else {
        if (!token.equals(seg)) {
          return -1;
        }
        r = r.get((String) seg);
      }
    }
    return tokens.length;
  }
}

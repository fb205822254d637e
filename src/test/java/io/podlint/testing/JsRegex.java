package io.podlint.testing;

import java.util.regex.Pattern;

/**
 * Converts a JavaScript regular expression source (as VS Code compiles problem matchers, with
 * {@code new RegExp(source)} and no flags) into an equivalent {@link Pattern}. Handles the
 * constructs that differ: inside character classes JavaScript takes {@code [} and {@code &&}
 * literally where Java nests or intersects classes; {@code [^]} (any character) has no Java
 * spelling; group names may not contain {@code $} or {@code _} in Java. Anything else is kept.
 */
public final class JsRegex {
  private JsRegex() {}

  public static Pattern toJava(String js) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == '\\' && i + 1 < js.length()) {
        out.append(c).append(js.charAt(++i));
      } else if (!inClass && js.startsWith("[^]", i)) {
        out.append("[\\s\\S]");
        i += 2;
      } else if (!inClass && c == '[') {
        inClass = true;
        out.append(c);
        if (js.startsWith("^", i + 1)) {
          out.append('^');
          i++;
        }
        if (js.startsWith("]", i + 1)) { // a leading ] is literal in both, but spell it out
          out.append("\\]");
          i++;
        }
      } else if (inClass && c == ']') {
        inClass = false;
        out.append(c);
      } else if (inClass && (c == '[' || c == '&')) {
        out.append('\\').append(c);
      } else if (!inClass && js.startsWith("(?<", i) && i + 3 < js.length() && js.charAt(i + 3) != '='
          && js.charAt(i + 3) != '!') {
        int end = js.indexOf('>', i);
        String name = js.substring(i + 3, end);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
          throw new IllegalArgumentException("group name \"" + name + "\" has no Java equivalent");
        }
        out.append(js, i, end + 1);
        i = end;
      } else {
        out.append(c);
      }
    }
    return Pattern.compile(out.toString());
  }
}

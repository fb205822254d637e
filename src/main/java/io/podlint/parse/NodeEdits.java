package io.podlint.parse;

import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Minimal text edits of a YAML file at a node's marks, for fixes: the scalar's own characters are
 * replaced, so comments, order, quoting and indentation elsewhere stay byte for byte. Every
 * method answers empty when it cannot be sure that the edit gives exactly the intended value (a
 * block scalar, a tag or anchor before the value, escapes inside the range).
 */
public final class NodeEdits {
  private static final WordResolver RESOLVER = new WordResolver();

  private NodeEdits() {}

  /** Replaces a single-line scalar (a value or a key) by {@code value}, in the scalar's own style. */
  public static Optional<TextEdit> replaceScalar(YamlNode scalar, String value) {
    return source(scalar).flatMap(s -> render(value, s.node.getScalarStyle()).map(r -> s.edit(r)));
  }

  /**
   * Quotes a plain scalar as it reads, {@code yes} becoming {@code "yes"}: for a YAML 1.1
   * boolean, octal or base-60 number meant as a string.
   */
  public static Optional<TextEdit> quote(YamlNode scalar) {
    return source(scalar).filter(s -> s.node.getScalarStyle() == ScalarStyle.PLAIN)
        .flatMap(s -> render(s.node.getValue(), ScalarStyle.DOUBLE_QUOTED).map(r -> s.edit(r)));
  }

  /**
   * Replaces the characters {@code start} to {@code end} of a scalar's value (such as a key inside
   * JSON held by an annotation) by {@code replacement}, when those characters appear literally in
   * the file (no escape, no folded line) and the replacement needs no escaping in the scalar's style.
   */
  public static Optional<TextEdit> replaceInside(YamlNode scalar, int start, int end, String replacement) {
    String text = scalar.sourceText();
    if (!(scalar.raw() instanceof ScalarNode node) || text == null || node.getStartMark() == null
        || node.getEndMark() == null || start < 0 || end <= start || end > node.getValue().length()
        || !safeInside(replacement, node.getScalarStyle())) {
      return Optional.empty();
    }
    Mark startMark = node.getStartMark();
    int startChar = ScalarPositions.charIndex(text, startMark.getIndex());
    int endChar = Math.min(text.length(), ScalarPositions.charIndex(text, node.getEndMark().getIndex()));
    if (startChar < 0 || startChar >= endChar) {
      return Optional.empty();
    }
    int[] sourceOf = ScalarPositions.align(text, startChar, endChar, node.getValue(), node.getScalarStyle());
    if (sourceOf == null || sourceOf[start] < 0 || sourceOf[end - 1] < 0) {
      return Optional.empty();
    }
    int from = sourceOf[start];
    int to = sourceOf[end - 1] + 1;
    String wanted = node.getValue().substring(start, end);
    if (to - from != wanted.length() || !text.substring(from, to).equals(wanted)) {
      return Optional.empty();
    }
    Location a = ScalarPositions.locationOf(text, startMark, startChar, from);
    Location b = ScalarPositions.locationOf(text, startMark, startChar, to);
    return Optional.of(new TextEdit(a.line(), a.column(), b.line(), b.column(), replacement));
  }

  /** The scalar with its marks, when its source is exactly its (single-line) written form. */
  private static Optional<Source> source(YamlNode scalar) {
    String text = scalar.sourceText();
    if (!(scalar.raw() instanceof ScalarNode node) || text == null || node.getStartMark() == null
        || node.getEndMark() == null || node.getStartMark().getLine() != node.getEndMark().getLine()) {
      return Optional.empty();
    }
    int from = ScalarPositions.charIndex(text, node.getStartMark().getIndex());
    int to = ScalarPositions.charIndex(text, node.getEndMark().getIndex());
    if (from < 0 || to <= from || to > text.length()) {
      return Optional.empty();
    }
    String written = text.substring(from, to);
    boolean exact = switch (node.getScalarStyle()) {
      case PLAIN -> written.equals(node.getValue());
      case SINGLE_QUOTED -> written.length() >= 2 && written.startsWith("'") && written.endsWith("'");
      case DOUBLE_QUOTED -> written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"");
      default -> false;
    };
    if (!exact) {
      return Optional.empty();
    }
    // A key's colon stays where it is in the edit, so that a comment after it can keep its column too.
    String colon = to < text.length() && text.charAt(to) == ':' ? ":" : "";
    int spaces = 0;
    while (to + colon.length() + spaces < text.length() && text.charAt(to + colon.length() + spaces) == ' ') {
      spaces++;
    }
    int after = to + colon.length() + spaces;
    boolean comment = spaces > 0 && after < text.length() && text.charAt(after) == '#';
    return Optional.of(new Source(node, written.codePointCount(0, written.length()), comment ? spaces : 0,
        comment ? colon : ""));
  }

  /**
   * @param spacesBeforeComment the blanks between the scalar (or its key's colon) and a comment
   *     on its line (0: no comment), which the edit takes in so that the comment keeps its column
   *     when it can
   * @param colon ":" when the scalar is a key followed by its colon and that comment, else empty
   */
  private record Source(ScalarNode node, int writtenLength, int spacesBeforeComment, String colon) {
    TextEdit edit(String replacement) {
      Mark s = node.getStartMark();
      Mark e = node.getEndMark();
      if (spacesBeforeComment == 0) {
        return new TextEdit(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1, replacement);
      }
      int grow = replacement.codePointCount(0, replacement.length()) - writtenLength;
      if (grow == 0) {
        return new TextEdit(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1, replacement);
      }
      int spaces = Math.max(1, spacesBeforeComment - grow);
      return new TextEdit(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1,
          e.getColumn() + 1 + colon.length() + spacesBeforeComment, replacement + colon + " ".repeat(spaces));
    }
  }

  /** {@code value} written in {@code style}; a plain value that would not read back as that string is double-quoted. */
  static Optional<String> render(String value, ScalarStyle style) {
    if (value.isEmpty() && style == ScalarStyle.PLAIN) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return Optional.empty(); // control characters and breaks: no single-line form worth writing
      }
    }
    return switch (style) {
      case PLAIN -> Optional.of(readsAsPlainString(value) ? value : doubleQuoted(value));
      case SINGLE_QUOTED -> Optional.of("'" + value.replace("'", "''") + "'");
      case DOUBLE_QUOTED -> Optional.of(doubleQuoted(value));
      default -> Optional.empty();
    };
  }

  private static String doubleQuoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Conservative: letters, digits and a few inner punctuation marks, and resolved as a string. */
  private static boolean readsAsPlainString(String value) {
    if (!Character.isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(Character.isLetterOrDigit(c) || "-_./@+".indexOf(c) >= 0)) {
        return false;
      }
    }
    return Tag.STR.equals(RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, value, true));
  }

  private static boolean safeInside(String replacement, ScalarStyle style) {
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      boolean bad = c < 0x20 || c == 0x7f || switch (style) {
        case PLAIN -> c == '#' || c == ':';
        case SINGLE_QUOTED -> c == '\'';
        case DOUBLE_QUOTED -> c == '"' || c == '\\';
        case LITERAL, FOLDED -> false;
        default -> true;
      };
      if (bad) {
        return false;
      }
    }
    return true;
  }
}

package io.podlint.parse;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Maps a character offset in a scalar's <em>value</em> (as a rule parsed it, e.g. an annotation
 * holding JSON) back to a line and column of the file, so that a finding can point into the value.
 *
 * <p>The value is aligned with the scalar's source text according to its style: plain, single
 * quoted ({@code ''} is one quote), double quoted (escapes such as {@code \"} and {@code \u0022}
 * map to their backslash; escaped line breaks join lines), literal ({@code |}: indentation is
 * skipped) and folded ({@code >}). A value character that the style synthesises (a space or line
 * feed made by folding lines) has no exact source, nor does anything after a point where the
 * alignment fails: those offsets fall back to the scalar's start. Columns count code points, like
 * every other location podlint reports.
 */
public final class ScalarPositions {
  private ScalarPositions() {}

  /**
   * The file location of the value character at {@code offset} (an offset equal to the value's
   * length means just after its last character); the scalar's own location when that character
   * cannot be mapped exactly, or when {@code scalar} is not a scalar read from text.
   */
  public static Location locate(YamlNode scalar, int offset) {
    Location fallback = scalar.location();
    String text = scalar.sourceText();
    if (!(scalar.raw() instanceof ScalarNode node) || text == null || node.getStartMark() == null
        || node.getEndMark() == null) {
      return fallback;
    }
    String value = node.getValue();
    if (offset < 0 || offset > value.length()) {
      return fallback;
    }
    Mark start = node.getStartMark();
    int startChar = charIndex(text, start.getIndex());
    int endChar = Math.min(text.length(), charIndex(text, node.getEndMark().getIndex()));
    if (startChar < 0 || startChar >= endChar) {
      return fallback;
    }
    int[] sourceOf = align(text, startChar, endChar, value, node.getScalarStyle());
    if (sourceOf == null) {
      return fallback;
    }
    boolean afterEnd = offset == value.length();
    int index = afterEnd ? offset - 1 : offset;
    if (index < 0 || sourceOf[index] < 0) {
      return fallback;
    }
    Location at = locationOf(text, start, startChar, sourceOf[index]);
    return afterEnd ? new Location(at.line(), at.column() + 1) : at;
  }

  /** For each value char, the index of the source char it comes from, or -1 when synthesised. */
  static int[] align(String text, int startChar, int endChar, String value, ScalarStyle style) {
    int si;
    switch (style) {
      case PLAIN -> si = startChar;
      case SINGLE_QUOTED, DOUBLE_QUOTED -> si = startChar + 1;
      case LITERAL, FOLDED -> si = afterFirstLineBreak(text, startChar, endChar);
      default -> {
        return null;
      }
    }
    boolean folds = style != ScalarStyle.LITERAL;
    int[] sourceOf = new int[value.length()];
    java.util.Arrays.fill(sourceOf, -1);
    int vi = 0;
    while (vi < value.length() && si < endChar) {
      char s = text.charAt(si);
      char v = value.charAt(vi);
      if (style == ScalarStyle.DOUBLE_QUOTED && s == '\\') {
        if (si + 1 < endChar && isBreak(text.charAt(si + 1))) {
          si = skipBlanks(text, skipBreak(text, si + 1), endChar); // an escaped line break joins
          continue;
        }
        String decoded = unescape(text, si, endChar);
        if (decoded == null || !value.startsWith(decoded, vi)) {
          break;
        }
        for (int k = 0; k < decoded.length(); k++) {
          sourceOf[vi++] = si;
        }
        si += escapeLength(text, si);
        continue;
      }
      if (style == ScalarStyle.SINGLE_QUOTED && s == '\'') {
        if (v != '\'' || si + 1 >= endChar || text.charAt(si + 1) != '\'') {
          break;
        }
        sourceOf[vi++] = si;
        si += 2;
        continue;
      }
      if (s == v) {
        sourceOf[vi++] = si++;
        continue;
      }
      if (s == '\r' && si + 1 < endChar && text.charAt(si + 1) == '\n') {
        si++;
        continue;
      }
      if (folds && isBreak(s) && (v == ' ' || v == '\n')) {
        vi++; // made by folding the line break
        continue;
      }
      if (s == ' ' || s == '\t' || isBreak(s)) {
        si++; // indentation, or blanks around a fold
        continue;
      }
      if (v == ' ' || v == '\n') {
        vi++;
        continue;
      }
      break;
    }
    return sourceOf;
  }

  /** The location of source char {@code target}, counted from the scalar's start mark. */
  static Location locationOf(String text, Mark start, int startChar, int target) {
    int line = start.getLine();
    int column = start.getColumn();
    int i = startChar;
    while (i < target) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 0;
      } else if (c != '\uFEFF') {
        column++;
      }
      i += Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }
    return new Location(line + 1, column + 1);
  }

  /** SnakeYAML marks count code points; Java strings count chars. */
  static int charIndex(String text, int codePointIndex) {
    try {
      return text.offsetByCodePoints(0, codePointIndex);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int skipBreak(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
  }

  private static int skipBlanks(String text, int i, int end) {
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Skips a block scalar's header line ({@code |-2 # comment}). */
  private static int afterFirstLineBreak(String text, int i, int end) {
    while (i < end && !isBreak(text.charAt(i))) {
      i++;
    }
    return i < end ? skipBreak(text, i) : end;
  }

  /** The text a double-quoted escape at {@code i} (a backslash) stands for, or null. */
  private static String unescape(String text, int i, int end) {
    if (i + 1 >= end) {
      return null;
    }
    char e = text.charAt(i + 1);
    int hexDigits = hexDigits(e);
    if (hexDigits > 0) {
      if (i + 2 + hexDigits > end) {
        return null;
      }
      try {
        int cp = Integer.parseInt(text.substring(i + 2, i + 2 + hexDigits), 16);
        return new String(Character.toChars(cp));
      } catch (IllegalArgumentException ex) {
        return null;
      }
    }
    return switch (e) {
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 't', '\t' -> "\t";
      case 'n' -> "\n";
      case 'v' -> "\u000B";
      case 'f' -> "\f";
      case 'r' -> "\r";
      case 'e' -> "\u001B";
      case ' ' -> " ";
      case '"' -> "\"";
      case '/' -> "/";
      case '\\' -> "\\";
      case 'N' -> "\u0085";
      case '_' -> "\u00A0";
      case 'L' -> "\u2028";
      case 'P' -> "\u2029";
      default -> null;
    };
  }

  private static int escapeLength(String text, int i) {
    return 2 + hexDigits(text.charAt(i + 1));
  }

  private static int hexDigits(char e) {
    return switch (e) {
      case 'x' -> 2;
      case 'u' -> 4;
      case 'U' -> 8;
      default -> 0;
    };
  }
}

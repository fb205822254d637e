package io.podlint.parse;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader, reading straight from the file's text. The stock reader copies
 * the text in 1 KiB windows into arrays of code points, checks each window, and builds every
 * token by re-encoding code points into a String; that is about a quarter of a compose.
 *
 * <p>Only text made of printable characters of the Basic Multilingual Plane is read this way, so
 * code points and chars coincide and no character is refused; any other text (control
 * characters, NUL bytes, surrogate pairs) goes through the stock reader, which reports the
 * problem exactly as before. Positions, tokens and end-of-input behave as in the stock reader
 * (a differential test composes both ways). Marks carry no snippet buffer: podlint builds its
 * messages from line and column only.
 */
final class StringStreamReader extends StreamReader {
  private static final int[] NO_SNIPPET = new int[0];
  private static final String NAME = "'reader'";

  private final String text;
  private final int length;
  private int pointer;
  private int documentIndex;
  private int line;
  private int column;

  private StringStreamReader(String text) {
    super(new StringReader(""));
    this.text = text;
    this.length = text.length();
  }

  /** A reader over {@code text}: this one when the text allows it, else SnakeYAML's own. */
  static StreamReader of(String text) {
    return isPrintableBmp(text) ? new StringStreamReader(text) : new StreamReader(new StringReader(text));
  }

  /** SnakeYAML's printable set ({@link StreamReader#isPrintable(int)}) without surrogates. */
  static boolean isPrintableBmp(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7E || c == '\n' || c == '\r' || c == '\t') {
        continue;
      }
      if (!(c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, pointer, line, column, NO_SNIPPET, 0);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && pointer < length; i++) {
      char c = text.charAt(pointer++);
      documentIndex++;
      if (Constant.LINEBR.has(c) || c == '\r' && pointer < length && text.charAt(pointer) != '\n') {
        line++;
        column = 0;
      } else if (c != '\uFEFF') {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < length ? text.charAt(pointer) : 0;
  }

  @Override
  public int peek(int offset) {
    int at = pointer + offset;
    return at < length ? text.charAt(at) : 0;
  }

  @Override
  public String prefix(int count) {
    if (count == 0 || pointer >= length) {
      return "";
    }
    return text.substring(pointer, Math.min(length, pointer + count));
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    pointer += count;
    documentIndex += count;
    column += count; // a prefix never holds a line break
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}

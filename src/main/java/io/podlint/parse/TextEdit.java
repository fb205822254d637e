package io.podlint.parse;

import java.util.Objects;

/**
 * One replacement of a range of a file's text. Positions are 1-based, columns count code points
 * (as in every location podlint reports), and the end is exclusive: an empty range inserts.
 */
public record TextEdit(int startLine, int startColumn, int endLine, int endColumn, String replacement) {
  public TextEdit {
    Objects.requireNonNull(replacement);
    if (startLine < 1 || startColumn < 1 || endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException("bad edit range %d:%d-%d:%d".formatted(startLine, startColumn, endLine, endColumn));
    }
  }
}

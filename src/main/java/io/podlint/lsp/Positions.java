package io.podlint.lsp;

import io.podlint.model.Finding;
import io.podlint.parse.LineIndex;
import io.podlint.parse.TextEdit;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * podlint's positions (1-based, columns in code points) as LSP positions (0-based, columns in
 * UTF-16 code units, the protocol's default encoding), against one version of a document's text.
 */
final class Positions {
  private final String text;
  private final LineIndex lines;

  Positions(String text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  Position at(int line, int column) {
    int offset = lines.offset(line, column);
    if (offset < 0) {
      int l = Math.min(Math.max(line, 1), lines.lineCount()) - 1;
      return new Position(l, 0);
    }
    int l = lines.lineOf(offset);
    return new Position(l, offset - lines.lineStart(l));
  }

  Range range(TextEdit e) {
    return new Range(at(e.startLine(), e.startColumn()), at(e.endLine(), e.endColumn()));
  }

  /**
   * The range of a finding: its fix's edit when that starts there, else the token at its position
   * (a key up to its colon, a scalar up to a blank, a quoted scalar to its closing quote).
   */
  Range range(Finding f) {
    if (f.fix() != null && f.fix().edits().size() == 1) {
      TextEdit e = f.fix().edits().get(0);
      if (e.startLine() == f.line() && e.startColumn() == f.column()) {
        int end = lines.offset(e.endLine(), e.endColumn());
        int start = lines.offset(e.startLine(), e.startColumn());
        while (end > start + 1 && end <= text.length() && text.charAt(end - 1) == ' ') {
          end--; // the blanks a fix takes in to keep a comment's column
        }
        if (start >= 0 && end > start) {
          return new Range(at(f.line(), f.column()), position(end));
        }
      }
    }
    int start = lines.offset(f.line(), f.column());
    if (start < 0) {
      Position p = at(f.line(), f.column());
      return new Range(p, p);
    }
    int end = tokenEnd(start);
    return new Range(position(start), position(end));
  }

  private Position position(int offset) {
    int l = lines.lineOf(offset);
    return new Position(l, offset - lines.lineStart(l));
  }

  private int tokenEnd(int start) {
    int i = start;
    int n = text.length();
    if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      char q = text.charAt(i);
      i++;
      while (i < n && text.charAt(i) != q && text.charAt(i) != '\n') {
        i += text.charAt(i) == '\\' && q == '"' ? 2 : 1;
      }
      return Math.min(n, i + 1);
    }
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}'
          || (c == ':' && (i + 1 >= n || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r'))) {
        break;
      }
      i++;
    }
    return i == start ? Math.min(n, start + 1) : i;
  }
}

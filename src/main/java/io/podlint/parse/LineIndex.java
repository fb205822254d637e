package io.podlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between podlint's positions (1-based lines as SnakeYAML counts them: LF, CRLF, CR,
 * NEL, LS and PS end a line; 1-based columns in code points, a byte order mark not counted) and
 * char offsets of a text, in both directions.
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  public LineIndex(String text) {
    this.text = text;
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // CRLF ends at the LF
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        s.add(i + 1);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  public int lineCount() {
    return starts.length;
  }

  /** The char offset of a 1-based line and code-point column; -1 when outside the text. */
  public int offset(int line, int column) {
    if (line < 1 || line > starts.length || column < 1) {
      return -1;
    }
    int i = starts[line - 1];
    int end = line < starts.length ? starts[line] : text.length();
    for (int col = 1; col < column; col++) {
      if (i < end && text.charAt(i) == '\uFEFF') {
        i++;
      }
      if (i >= end) {
        return -1;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    if (i < end && text.charAt(i) == '\uFEFF' && column > 1) {
      i++;
    }
    return Math.min(i, text.length());
  }

  /** The 0-based line of a char offset. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The char offset where a 0-based line starts. */
  public int lineStart(int line0) {
    return starts[line0];
  }
}

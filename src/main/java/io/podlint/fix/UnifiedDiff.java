package io.podlint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as {@code diff -u}, {@code git apply} reads it) of a file before and after its
 * fixes. Fixes replace text inside lines and never add or remove a line break, so lines pair up
 * one to one; should the counts differ, the whole file is one hunk.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    StringBuilder out = new StringBuilder();
    String shown = name.replace('\\', '/');
    boolean relative = !shown.startsWith("/");
    out.append("--- ").append(relative ? "a/" : "").append(shown).append('\n')
        .append("+++ ").append(relative ? "b/" : "").append(shown).append('\n');
    if (a.size() != b.size()) {
      hunk(out, a, b, 0, a.size(), 0, b.size());
      return out.toString();
    }
    int n = a.size();
    int i = 0;
    while (i < n) {
      if (a.get(i).equals(b.get(i))) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < n && end - lastChange <= 2 * CONTEXT + 1) {
        if (!a.get(end).equals(b.get(end))) {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(n, lastChange + 1 + CONTEXT);
      out.append("@@ -").append(range(start, end - start)).append(" +").append(range(start, end - start)).append(" @@\n");
      for (int k = start; k < end; k++) {
        if (a.get(k).equals(b.get(k))) {
          out.append(' ').append(strip(a.get(k))).append('\n');
          continue;
        }
        int run = k;
        while (run < end && !a.get(run).equals(b.get(run))) {
          run++;
        }
        for (int r = k; r < run; r++) {
          out.append('-').append(strip(a.get(r))).append('\n');
        }
        for (int r = k; r < run; r++) {
          out.append('+').append(strip(b.get(r))).append('\n');
        }
        k = run - 1;
      }
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<String> a, List<String> b, int as, int ae, int bs, int be) {
    out.append("@@ -").append(range(as, ae - as)).append(" +").append(range(bs, be - bs)).append(" @@\n");
    for (int k = as; k < ae; k++) {
      out.append('-').append(strip(a.get(k))).append('\n');
    }
    for (int k = bs; k < be; k++) {
      out.append('+').append(strip(b.get(k))).append('\n');
    }
  }

  private static String range(int start, int count) {
    return count == 0 ? start + ",0" : (start + 1) + "," + count;
  }

  /** The line without its line break. */
  private static String strip(String line) {
    return line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
        : line.endsWith("\n") || line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Lines with their breaks (LF, CRLF or CR). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}

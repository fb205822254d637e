package io.podlint.fix;

import io.podlint.model.Finding;
import io.podlint.model.Fix;
import io.podlint.parse.LineIndex;
import io.podlint.parse.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies fixes to a file's text: edits in reverse order, a fix whole or not at all. */
public final class Edits {
  private Edits() {}

  /** What one pass did: the new text and the findings whose fixes it applied. */
  public record Applied(String text, List<Finding> fixed) {}

  /**
   * Applies the fixes of {@code findings} (of one file) whose edits overlap no edit of a fix taken
   * before them, in report order; a fix with an edit outside the text is left out.
   */
  public static Applied apply(String text, List<Finding> findings) {
    LineIndex lines = new LineIndex(text);
    List<int[]> taken = new ArrayList<>(); // {from, to, index into replacements}
    List<String> replacements = new ArrayList<>();
    List<Finding> fixed = new ArrayList<>();
    for (Finding f : findings) {
      Fix fix = f.fix();
      if (fix == null) {
        continue;
      }
      List<int[]> ranges = new ArrayList<>();
      boolean ok = true;
      for (TextEdit e : fix.edits()) {
        int from = lines.offset(e.startLine(), e.startColumn());
        int to = lines.offset(e.endLine(), e.endColumn());
        if (from < 0 || to < from) {
          ok = false;
          break;
        }
        ranges.add(new int[] {from, to});
      }
      if (!ok || ranges.stream().anyMatch(r -> overlapsAny(r, taken) || overlapsAny(r, ranges.stream().filter(x -> x != r).toList()))) {
        continue;
      }
      for (int i = 0; i < ranges.size(); i++) {
        replacements.add(fix.edits().get(i).replacement());
        taken.add(new int[] {ranges.get(i)[0], ranges.get(i)[1], replacements.size() - 1});
      }
      fixed.add(f);
    }
    taken.sort(Comparator.comparingInt((int[] r) -> r[0]).reversed());
    StringBuilder out = new StringBuilder(text);
    for (int[] r : taken) {
      out.replace(r[0], r[1], replacements.get(r[2]));
    }
    return new Applied(out.toString(), List.copyOf(fixed));
  }

  private static boolean overlapsAny(int[] r, List<int[]> others) {
    for (int[] o : others) {
      if (r[0] < o[1] && o[0] < r[1] || r[0] == o[0]) {
        return true;
      }
    }
    return false;
  }
}

package io.podlint.model;

import io.podlint.parse.TextEdit;
import java.util.List;
import java.util.Objects;

/**
 * The one certain repair of a finding: edits of the finding's file that make the offending node
 * right without touching anything else (comments, order, quoting and indentation elsewhere stay).
 *
 * @param description what the fix does, such as {@code rename "readinessprobe" to "readinessProbe"}
 * @param edits non-overlapping edits, in file order
 */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    Objects.requireNonNull(description);
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix has at least one edit");
    }
  }

  public static Fix of(String description, TextEdit edit) {
    return new Fix(description, List.of(edit));
  }
}

package io.podlint.k8s.multus;

/**
 * A half-open character range {@code [start, end)} into the string that was parsed (an annotation
 * value or a NetworkAttachmentDefinition {@code spec.config}). Offsets are Java {@code char}
 * indices, i.e. UTF-16 code units, so {@code source.substring(start, end)} is the covered text.
 *
 * <p>For JSON input a span covers the whole token as written: string values and object keys
 * include their double quotes, arrays/objects run from the opening to the closing bracket.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The covered text of {@code source}. */
  public String text(String source) {
    return source.substring(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}

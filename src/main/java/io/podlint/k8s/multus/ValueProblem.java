package io.podlint.k8s.multus;

import java.util.Objects;

/**
 * One problem found in an annotation value or a NAD config string.
 *
 * @param start first character (inclusive) of the offending text, a {@code char} index into the
 *     parsed string
 * @param end end (exclusive) of the offending text; {@code start == end} only for problems at the
 *     end of the input (e.g. truncated JSON) or in an empty value
 * @param kind classification, see {@link Kind}
 * @param message human-readable English explanation
 * @param suggestion if non-null, literal text that should <em>replace</em> {@code
 *     value.substring(start, end)} to fix the problem (JSON keys/strings include their quotes,
 *     like the span); {@code ""} means "delete"; null when there is no mechanical fix
 */
public record ValueProblem(int start, int end, Kind kind, String message, String suggestion) {

  /**
   * Problem classification. The consequence noted for each kind describes what Multus does with
   * it; severity mapping is left to the rules built on top of this library.
   */
  public enum Kind {
    /** Malformed JSON or malformed text-form item. Multus fails CNI ADD (sandbox not created). */
    SYNTAX,
    /** JSON value of the wrong type (e.g. a string where an array is expected). Go's decoder fails. */
    TYPE,
    /** A mandatory key/value is missing or empty. */
    REQUIRED,
    /** A key Multus does not know; Go silently ignores it, so the setting has no effect. */
    UNKNOWN_KEY,
    /** A key that still works but is deprecated ({@code interfaceRequest}). */
    DEPRECATED_KEY,
    /** The same key (compared case-insensitively, as Go does) appears twice; the last one wins. */
    DUPLICATE_KEY,
    /** Well-typed but invalid value (bad IP, MAC, name, interface name, ...). */
    INVALID_VALUE,
    /** Values that are individually valid but contradict each other (ECMP, duplicate ifnames...). */
    CONFLICT,
    /**
     * Accepted by Multus but rejected or interpreted differently by another implementation or
     * by the spec (NAD client library, NPWG spec, case-insensitive key matching, ...).
     */
    PORTABILITY,
    /** Harmless but pointless or misleading (e.g. an empty list, an empty namespace before '/'). */
    STYLE
  }

  public ValueProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  static ValueProblem at(Span span, Kind kind, String message, String suggestion) {
    return new ValueProblem(span.start(), span.end(), kind, message, suggestion);
  }

  static ValueProblem at(Span span, Kind kind, String message) {
    return at(span, kind, message, null);
  }

  public Span span() {
    return new Span(start, end);
  }
}

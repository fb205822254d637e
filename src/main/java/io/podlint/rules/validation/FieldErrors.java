package io.podlint.rules.validation;

import io.podlint.parse.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API server's error lines ({@code field.Error.Error()} of apimachinery): the field path of
 * the object being created, the error type and the detail, e.g.
 * {@code spec.parallelism: Invalid value: -1: must be greater than or equal to 0}.
 */
final class FieldErrors {
  static final String NON_NEGATIVE = "must be greater than or equal to 0";

  private FieldErrors() {}

  static String invalid(YamlNode at, String detail) {
    return at.path() + ": Invalid value: " + value(at) + ": " + detail;
  }

  static String invalid(String path, String value, String detail) {
    return path + ": Invalid value: " + value + ": " + detail;
  }

  static String required(String path, String detail) {
    return ApiErrors.required(path, detail);
  }

  static String forbidden(String path, String detail) {
    return ApiErrors.forbidden(path, detail);
  }

  /** {@code field.TooLongMaxLength} in the wording of current releases. */
  static String tooLong(YamlNode at, int max) {
    return at.path() + ": Too long: may not be more than " + max + " bytes";
  }

  static String duplicate(YamlNode at) {
    return at.path() + ": Duplicate value: " + value(at);
  }

  static String tooMany(YamlNode at, int actual, int max) {
    return at.path() + ": Too many: " + actual + ": must have at most " + max + " items";
  }

  static String notSupported(YamlNode at, List<String> supported) {
    return at.path() + ": Unsupported value: " + value(at) + ": supported values: "
        + supported.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
  }

  /** A child path the way the API server prints it. */
  static String child(YamlNode parent, String key) {
    return parent.get(key).path();
  }

  /** A scalar as Go's {@code %v}/{@code %q} of the Go value prints it: strings quoted, numbers bare. */
  static String value(YamlNode n) {
    if (n.isString()) {
      return "\"" + n.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return n.isScalar() ? n.text() : "{...}";
  }

  /** An integer field's value when it is written as one (empty for a string, a float or a missing field). */
  static Optional<Long> integer(YamlNode n) {
    return n.isInt() ? n.asLong() : Optional.empty();
  }

  /**
   * A scalar that a tool or a reader still has to fill in ({@link Placeholders}): its value is
   * only known after rendering, so no rule judges it.
   */
  static boolean isTemplated(YamlNode n) {
    return n.isScalar() && Placeholders.isTemplated(n.text());
  }

  static boolean isNegative(YamlNode n) {
    return integer(n).map(v -> v < 0).orElse(false);
  }
}

package io.podlint.rules.validation;

import io.podlint.k8s.IntOrPercent;
import io.podlint.parse.YamlNode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code ValidatePositiveIntOrPercent}, {@code IsNotMoreThan100Percent} and
 * {@code getIntOrPercentValue} of pkg/apis/apps/validation for a YAML node.
 */
final class IntOrPercentField {
  private IntOrPercentField() {}

  /** The API server's error for a value that is neither a non-negative integer nor a percentage. */
  static Optional<String> shapeError(YamlNode n) {
    if (n.isString() && !IntOrPercent.isValidPercent(n.text()) && !FieldErrors.isTemplated(n)) {
      return Optional.of(FieldErrors.invalid(n, IntOrPercent.PERCENT_ERROR));
    }
    if (FieldErrors.isNegative(n)) {
      return Optional.of(FieldErrors.invalid(n, FieldErrors.NON_NEGATIVE));
    }
    return Optional.empty();
  }

  static Optional<String> above100PercentError(YamlNode n) {
    OptionalLong p = n.isString() ? IntOrPercent.percentValue(n.text()) : OptionalLong.empty();
    return p.isPresent() && p.getAsLong() > 100
        ? Optional.of(FieldErrors.invalid(n, "must not be greater than 100%")) : Optional.empty();
  }

  /** The number (a percentage's too), for a well-formed value; empty for a missing or malformed one. */
  static OptionalLong value(YamlNode n) {
    if (n.isString()) {
      return IntOrPercent.percentValue(n.text());
    }
    Optional<Long> v = FieldErrors.integer(n);
    return v.isPresent() ? OptionalLong.of(v.get()) : OptionalLong.empty();
  }

  static String fix(String field) {
    return "Write " + field + " as a whole number such as 1 (unquoted) or a percentage such as \"25%\"";
  }
}

package io.podlint.rules.validation;

/**
 * Values that a tool still has to fill in (Helm or Go templates, envsubst, Kustomize vars): they
 * are not what the API server will see, so the validation rules leave them alone.
 */
final class Placeholders {
  private Placeholders() {}

  static boolean isTemplated(String value) {
    return value != null && (value.contains("{{") || value.contains("${") || value.contains("$("));
  }
}

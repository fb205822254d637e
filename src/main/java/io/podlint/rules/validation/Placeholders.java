package io.podlint.rules.validation;

/**
 * Values that a tool or a reader still has to fill in (Helm or Go templates, envsubst variables,
 * Kustomize vars, {@code <your-value>} placeholders in examples): they are not what the API
 * server will see, so the validation rules leave them alone. None of these characters is valid in
 * a name or label anyway, so no valid value is skipped.
 */
final class Placeholders {
  private static final java.util.regex.Pattern SHELL_VAR = java.util.regex.Pattern.compile("\\$[A-Za-z_]");
  private static final java.util.regex.Pattern ANGLE = java.util.regex.Pattern.compile("<[^<>]+>");

  private Placeholders() {}

  static boolean isTemplated(String value) {
    if (value == null || (value.indexOf('{') < 0 && value.indexOf('$') < 0 && value.indexOf('<') < 0)) {
      return false; // every placeholder form has one of these
    }
    return (value.contains("{{") || value.contains("${") || value.contains("$(")
        || SHELL_VAR.matcher(value).find() || ANGLE.matcher(value).find());
  }
}

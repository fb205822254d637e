package io.podlint.rules.config;

import java.util.regex.Pattern;

/** Environment variable name rules of the API server (UVAL {@code IsEnvVarName}, {@code IsRelaxedEnvVarName}). */
final class EnvNames {
  private static final Pattern CLASSIC = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  private EnvNames() {}

  /** Why a name fails the classic rule, or null when it passes. */
  static String classicProblem(String name) {
    if (!CLASSIC.matcher(name).matches()) {
      return "a name must consist of letters, digits, '_', '-' or '.' and must not start with a digit";
    }
    if (name.equals(".") || name.equals("..")) {
      return "a name must not be '" + name + "'";
    }
    if (name.startsWith("..")) {
      return "a name must not start with '..'";
    }
    return null;
  }

  /** Why a name fails even the relaxed rule (RelaxedEnvironmentVariableValidation), or null. */
  static String relaxedProblem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch < 0x20 || ch > 0x7e || ch == '=') {
        return "a name must consist only of printable ASCII characters other than '='";
      }
    }
    return null;
  }

  /** A classic-valid name close to {@code name}: other characters become '_', a leading digit gets '_'. */
  static String suggestion(String name) {
    String s = name.replaceAll("[^-._a-zA-Z0-9]", "_");
    if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.startsWith("..") || s.equals(".")) {
      s = "_" + s;
    }
    return s;
  }
}

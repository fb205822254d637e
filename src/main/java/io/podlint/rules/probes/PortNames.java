package io.podlint.rules.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kubernetes' port name rule (IANA_SVC_NAME, apimachinery {@code IsValidPortName}). */
public final class PortNames {
  private static final Pattern CHARSET = Pattern.compile("^[-a-z0-9]+$");
  private static final Pattern ONE_LETTER = Pattern.compile("[a-z]");
  private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

  private PortNames() {}

  /** Why the API server rejects {@code name} as a port name; empty when it is valid. */
  public static List<String> problems(String name) {
    List<String> out = new ArrayList<>();
    if (name.length() > 15) {
      out.add("must be no more than 15 characters");
    }
    if (!CHARSET.matcher(name).matches()) {
      out.add("must contain only lowercase letters (a-z), digits (0-9) and hyphens (-)");
    }
    if (!ONE_LETTER.matcher(name).find()) {
      out.add("must contain at least one letter (a-z)");
    }
    if (name.contains("--")) {
      out.add("must not contain consecutive hyphens");
    }
    if (!name.isEmpty() && (name.startsWith("-") || name.endsWith("-"))) {
      out.add("must not begin or end with a hyphen");
    }
    return out;
  }

  public static boolean isValid(String name) {
    return problems(name).isEmpty();
  }

  /** A quoted number such as {@code "8080"}: a string, so the API server reads it as a name. */
  public static boolean isQuotedNumber(String name) {
    return DIGITS.matcher(name).matches();
  }

  public static boolean isValidNumber(long port) {
    return port >= 1 && port <= 65535;
  }
}

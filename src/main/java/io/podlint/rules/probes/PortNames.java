package io.podlint.rules.probes;

import java.util.List;
import java.util.regex.Pattern;

/** Kubernetes' port name rule (IANA_SVC_NAME): {@link io.podlint.k8s.ApiNames#portName}, plus probe helpers. */
public final class PortNames {
  private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

  private PortNames() {}

  /** Why the API server rejects {@code name} as a port name (its own words); empty when it is valid. */
  public static List<String> problems(String name) {
    return io.podlint.k8s.ApiNames.portName(name);
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

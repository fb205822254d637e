package io.podlint.k8s.multus;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Name grammars used by Multus, the NAD client library, Kubernetes and Linux. */
final class Names {

  private Names() {}

  static final Pattern DNS1123_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
  static final int DNS1123_LABEL_MAX = 63;
  static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  static final int DNS1123_SUBDOMAIN_MAX = 253;
  /** Linux {@code dev_valid_name} / CNI {@code ValidateInterfaceName}, length checked separately. */
  private static final Pattern IFNAME_CHARS = Pattern.compile("^(?!\\.{1,2}$)[^\\s/:]+$");
  static final int IFNAMSIZ_MINUS_1 = 15;

  /** Multus' regex only (no length limit): the text-form check for names and namespaces. */
  static boolean matchesLabelRegex(String s) {
    return DNS1123_LABEL.matcher(s).matches();
  }

  static boolean isDns1123Label(String s) {
    return s.length() <= DNS1123_LABEL_MAX && DNS1123_LABEL.matcher(s).matches();
  }

  static boolean isDns1123Subdomain(String s) {
    return s.length() <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.matcher(s).matches();
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Why {@code s} is not a valid Linux interface name, or null if it is. Length is counted in
   * bytes like the kernel does ({@code IFNAMSIZ} 16 including the terminating NUL).
   */
  static String linuxIfnameError(String s) {
    if (s.isEmpty()) {
      return "interface name must not be empty";
    }
    if (utf8Length(s) > IFNAMSIZ_MINUS_1) {
      return "interface name '" + s + "' is longer than 15 bytes (IFNAMSIZ-1)";
    }
    if (s.equals(".") || s.equals("..")) {
      return "interface name must not be '.' or '..'";
    }
    if (!IFNAME_CHARS.matcher(s).matches()) {
      return "interface name '" + s + "' must not contain '/', ':' or whitespace";
    }
    return null;
  }

  /** Go {@code unicode.IsSpace}, the predicate behind {@code strings.TrimSpace}. */
  static boolean isGoSpace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
        return true;
      default:
        return c > 0xFF && Character.isSpaceChar(c);
    }
  }

  /** Lower-case best-effort DNS-1123 label for suggestions, or null if nothing sensible remains. */
  static String toLabel(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    t = t.replaceAll("^-+|-+$", "");
    if (t.length() > DNS1123_LABEL_MAX) {
      t = t.substring(0, DNS1123_LABEL_MAX).replaceAll("-+$", "");
    }
    return t.isEmpty() ? null : t;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int osaDistance(String a, String b) {
    return io.podlint.k8s.EditDistance.osa(a, b);
  }

  /** Plain Levenshtein distance. */
  static int levenshtein(String a, String b) {
    return io.podlint.k8s.EditDistance.levenshtein(a, b);
  }
}

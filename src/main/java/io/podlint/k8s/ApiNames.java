package io.podlint.k8s;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name and value grammars of apimachinery's {@code pkg/util/validation} (and
 * {@code pkg/api/validate/content}), with the API server's own error texts: each function
 * returns the messages the API server appends to {@code Invalid value: "...": }, empty when the
 * value is valid. Lengths are counted in bytes, as Go's {@code len} does.
 */
public final class ApiNames {
  public static final int DNS1123_LABEL_MAX = 63;
  public static final int DNS1123_SUBDOMAIN_MAX = 253;
  public static final int DNS1035_LABEL_MAX = 63;
  public static final int LABEL_VALUE_MAX = 63;
  public static final int LABEL_KEY_NAME_MAX = 63;
  /** {@code TotalAnnotationSizeLimitB}: keys and values of one object's annotations together. */
  public static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
  public static final int SYSCTL_MAX = 253;

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character";
  private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower "
      + "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  private static final String DNS1123_LABEL_UNDERSCORE_FMT = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN_UNDERSCORE_FMT =
      DNS1123_LABEL_UNDERSCORE_FMT + "(\\." + DNS1123_LABEL_UNDERSCORE_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_UNDERSCORE_MSG = "a lowercase RFC 1123 subdomain must consist of "
      + "lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
  private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1035_LABEL_MSG = "a DNS-1035 label must consist of lower case alphanumeric "
      + "characters or '-', start with an alphabetic character, and end with an alphanumeric character";
  private static final String LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String LABEL_KEY_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and "
      + "must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_FMT = "(" + LABEL_KEY_FMT + ")?";
  private static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of "
      + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  private static final String SYSCTL_SEGMENT_FMT = "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  /** {@code SysctlContainSlashFmt}: segments joined by dots or slashes. */
  public static final String SYSCTL_FMT = "(" + SYSCTL_SEGMENT_FMT + "[\\./])*" + SYSCTL_SEGMENT_FMT;

  private static final Pattern DNS1123_LABEL = Pattern.compile("^" + DNS1123_LABEL_FMT + "$");
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
  private static final Pattern DNS1123_SUBDOMAIN_UNDERSCORE =
      Pattern.compile("^" + DNS1123_SUBDOMAIN_UNDERSCORE_FMT + "$");
  private static final Pattern DNS1035_LABEL = Pattern.compile("^" + DNS1035_LABEL_FMT + "$");
  private static final Pattern LABEL_KEY = Pattern.compile("^" + LABEL_KEY_FMT + "$");
  private static final Pattern LABEL_VALUE = Pattern.compile("^" + LABEL_VALUE_FMT + "$");
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("^[-a-z0-9]+$");
  private static final Pattern ONE_LETTER = Pattern.compile("[a-z]");
  private static final Pattern SYSCTL = Pattern.compile("^" + SYSCTL_FMT + "$");

  private ApiNames() {}

  /** {@code IsDNS1123Label}. */
  public static List<String> dns1123Label(String value) {
    List<String> errs = new ArrayList<>();
    if (bytes(value) > DNS1123_LABEL_MAX) {
      errs.add(maxLenError(DNS1123_LABEL_MAX));
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
        errs.add("must not contain dots");
      } else {
        errs.add(regexError(DNS1123_LABEL_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return errs;
  }

  /** {@code IsDNS1123Subdomain}. */
  public static List<String> dns1123Subdomain(String value) {
    List<String> errs = new ArrayList<>();
    if (bytes(value) > DNS1123_SUBDOMAIN_MAX) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errs.add(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errs;
  }

  /** {@code IsDNS1123SubdomainWithUnderscore}: DNS search domains under RelaxedDNSSearchValidation. */
  public static List<String> dns1123SubdomainWithUnderscore(String value) {
    List<String> errs = new ArrayList<>();
    if (bytes(value) > DNS1123_SUBDOMAIN_MAX) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX));
    }
    if (!DNS1123_SUBDOMAIN_UNDERSCORE.matcher(value).matches()) {
      errs.add(regexError(DNS1123_SUBDOMAIN_UNDERSCORE_MSG, DNS1123_SUBDOMAIN_UNDERSCORE_FMT, "example.com"));
    }
    return errs;
  }

  /** {@code IsDNS1035Label}. */
  public static List<String> dns1035Label(String value) {
    List<String> errs = new ArrayList<>();
    if (bytes(value) > DNS1035_LABEL_MAX) {
      errs.add(maxLenError(DNS1035_LABEL_MAX));
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      errs.add(regexError(DNS1035_LABEL_MSG, DNS1035_LABEL_FMT, "my-name", "abc-123"));
    }
    return errs;
  }

  /** {@code IsQualifiedName} ({@code content.IsLabelKey}): an optional DNS-subdomain prefix and {@code /}, then a name. */
  public static List<String> qualifiedName(String value) {
    if (value.indexOf('/') < 0 && isSimpleName(value)) {
      return new ArrayList<>(); // the usual key, without the regular expression
    }
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errs.add("prefix part must be non-empty");
      } else {
        for (String msg : dns1123Subdomain(prefix)) {
          errs.add("prefix part " + msg);
        }
      }
    } else {
      errs.add("a valid label key " + regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    if (name.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (bytes(name) > LABEL_KEY_NAME_MAX) {
      errs.add("name part " + maxLenError(LABEL_KEY_NAME_MAX));
    }
    if (!LABEL_KEY.matcher(name).matches()) {
      errs.add("name part " + regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, "MyName", "my.name", "123-abc"));
    }
    return errs;
  }

  /** One complaint of a validator that names a part of the value ({@code IsDomainPrefixedPath}). */
  public record PartError(String value, String message) {}

  private static final String HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
  private static final Pattern HTTP_PATH = Pattern.compile("^" + HTTP_PATH_FMT + "$");

  /**
   * {@code IsDomainPrefixedPath} (such as {@code acme.io/foo}): a DNS-subdomain host, "/", and
   * RFC 3986 path characters; each error names the part it is about, as upstream does. An empty
   * value is upstream's Required error, left to the caller.
   */
  public static List<PartError> domainPrefixedPath(String value) {
    List<PartError> errs = new ArrayList<>();
    String[] segments = value.split("/", 2);
    if (segments.length != 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
      errs.add(new PartError(value, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
      return errs;
    }
    for (String msg : dns1123Subdomain(segments[0])) {
      errs.add(new PartError(segments[0], msg));
    }
    if (!HTTP_PATH.matcher(segments[1]).matches()) {
      errs.add(new PartError(segments[1], regexError("Invalid path", HTTP_PATH_FMT)));
    }
    return errs;
  }

  /**
   * Whether {@code s} is 1 to 63 ASCII letters, digits, '-', '_' and '.', starting and ending with
   * a letter or digit: exactly what {@code LABEL_KEY_FMT} accepts within the 63-byte limit.
   */
  private static boolean isSimpleName(String s) {
    int n = s.length();
    if (n == 0 || n > LABEL_KEY_NAME_MAX || !isAsciiAlnum(s.charAt(0)) || !isAsciiAlnum(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!isAsciiAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@code IsValidLabelValue}: empty, or up to 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
  public static List<String> labelValue(String value) {
    if (value.isEmpty() || isSimpleName(value)) {
      return new ArrayList<>(); // the usual value, without the regular expression
    }
    List<String> errs = new ArrayList<>();
    if (bytes(value) > LABEL_VALUE_MAX) {
      errs.add(maxLenError(LABEL_VALUE_MAX));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errs.add(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errs;
  }

  /** Annotation keys: {@code ValidateAnnotations} checks the lower-cased key as a qualified name. */
  public static List<String> annotationKey(String key) {
    return qualifiedName(key.toLowerCase(Locale.ROOT));
  }

  /** {@code IsValidPortName}: an IANA_SVC_NAME. */
  public static List<String> portName(String port) {
    List<String> errs = new ArrayList<>();
    if (bytes(port) > 15) {
      errs.add(maxLenError(15));
    }
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!ONE_LETTER.matcher(port).find()) {
      errs.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errs.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
      errs.add("must not begin or end with a hyphen");
    }
    return errs;
  }

  /** {@code IsValidPortNum}: 1 to 65535. */
  public static List<String> portNumber(long port) {
    return inRange(port, 1, 65535);
  }

  /** {@code IsInRange}. */
  public static List<String> inRange(long value, long min, long max) {
    return value >= min && value <= max ? List.of() : List.of(inclusiveRangeError(min, max));
  }

  /** {@code IsValidSysctlName}: at most 253 characters matching {@link #SYSCTL_FMT}. */
  public static boolean isValidSysctlName(String name) {
    return bytes(name) <= SYSCTL_MAX && SYSCTL.matcher(name).matches();
  }

  /** The message of {@code IsValidIP} for a value that is no IP address at all. */
  public static final String INVALID_IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

  /**
   * Whether {@code netutils.ParseIPSloppy} (Go's {@code net.ParseIP}, also accepting IPv4 parts
   * with leading zeros) reads {@code value} as an IP address. Every release rejects what this
   * rejects; newer ones also reject some forms it accepts (leading zeros, IPv4-mapped IPv6), which
   * are left alone here. Never resolves names.
   */
  public static boolean isIpSloppy(String value) {
    return isIPv4(value) || isIPv6(value);
  }

  private static boolean isIPv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIPv6(String s) {
    if (!s.contains(":")) {
      return false;
    }
    int groups = 0;
    String rest = s;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.', lastColon) >= 0) {
      // an embedded IPv4 address takes the last two groups
      if (!isIPv4(s.substring(lastColon + 1))) {
        return false;
      }
      rest = s.substring(0, lastColon + 1) + "0";
      groups = 1;
    }
    int gap = rest.indexOf("::");
    if (gap >= 0 && rest.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] sides = gap >= 0 ? new String[] {rest.substring(0, gap), rest.substring(gap + 2)} : new String[] {rest};
    for (String side : sides) {
      if (side.isEmpty()) {
        continue;
      }
      for (String g : side.split(":", -1)) {
        if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return false;
        }
        groups++;
      }
    }
    return gap >= 0 ? groups <= 7 : groups == 8;
  }

  /** {@code NameIsDNSSubdomain}: most object names (Pods, Deployments, ConfigMaps...). */
  public static List<String> nameIsDnsSubdomain(String name, boolean prefix) {
    return dns1123Subdomain(prefix ? maskTrailingDash(name) : name);
  }

  /** {@code NameIsDNSLabel}: Namespaces, StatefulSets (since 1.27). */
  public static List<String> nameIsDnsLabel(String name, boolean prefix) {
    return dns1123Label(prefix ? maskTrailingDash(name) : name);
  }

  /** {@code NameIsDNS1035Label}: Services. */
  public static List<String> nameIsDns1035Label(String name, boolean prefix) {
    return dns1035Label(prefix ? maskTrailingDash(name) : name);
  }

  /**
   * {@code maskTrailingDash}: a generateName may end with a dash, since a suffix follows. Upstream
   * drops the last two characters and appends "a"; reproduced as is, since it decides which
   * prefixes validate.
   */
  static String maskTrailingDash(String name) {
    if (name.length() > 1 && name.endsWith("-")) {
      return name.substring(0, name.length() - 2) + "a";
    }
    return name;
  }

  /** {@code MaxLenError}. */
  public static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  /** {@code InclusiveRangeError}. */
  public static String inclusiveRangeError(long lo, long hi) {
    return "must be between " + lo + " and " + hi + ", inclusive";
  }

  /** {@code RegexError}. */
  static String regexError(String msg, String fmt, String... examples) {
    if (examples.length == 0) {
      return msg + " (regex used for validation is '" + fmt + "')";
    }
    StringBuilder sb = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        sb.append(" or ");
      }
      sb.append('\'').append(examples[i]).append("', ");
    }
    return sb.append("regex used for validation is '").append(fmt).append("')").toString();
  }

  /** Go's {@code len}: the UTF-8 byte length. */
  public static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}

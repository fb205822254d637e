package io.podlint.k8s.multus;

import java.util.Optional;

/**
 * Strict IP-literal parsing with the semantics of Go's {@code net.ParseIP} / {@code net.ParseCIDR}
 * (Go &ge; 1.17). Never performs DNS lookups: anything that is not a literal is rejected.
 *
 * <ul>
 *   <li>IPv4: exactly four dotted decimal fields 0&ndash;255, no leading zeros ({@code 010.1.1.1}
 *       is rejected), no empty fields.
 *   <li>IPv6: up to eight groups of 1&ndash;4 hex digits, at most one {@code ::} which must stand
 *       for at least one zero group, optional trailing embedded IPv4; no zone ({@code %eth0}), no
 *       brackets.
 *   <li>CIDR: {@code addr/len} with decimal {@code len} &le; 32 (IPv4) or &le; 128 (IPv6, including
 *       IPv4-mapped); host bits may be set.
 * </ul>
 */
public final class IpLiterals {

  private IpLiterals() {}

  /** Address family as Go's {@code To4() != nil} decides it (IPv4-mapped IPv6 counts as IPv4). */
  public enum Family {
    IPV4,
    IPV6
  }

  /** A parsed address: 4 bytes for dotted IPv4 input, 16 bytes for IPv6 input. */
  public record Ip(byte[] bytes) {
    /** Family the way Multus counts gateways ({@code net.IP.To4() != nil}). */
    public Family family() {
      return to4() ? Family.IPV4 : Family.IPV6;
    }

    private boolean to4() {
      if (bytes.length == 4) {
        return true;
      }
      for (int i = 0; i < 10; i++) {
        if (bytes[i] != 0) {
          return false;
        }
      }
      return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** True when all bits are zero ({@code 0.0.0.0}, {@code ::}). */
    public boolean isUnspecified() {
      for (byte b : bytes) {
        if (b != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** A parsed CIDR. {@code bits} is 32 for dotted IPv4 input, otherwise 128. */
  public record Cidr(Ip address, int prefixLength, int bits) {
    /** A prefix length of zero: a default route destination such as {@code 0.0.0.0/0}. */
    public boolean isDefaultRoute() {
      return prefixLength == 0;
    }
  }

  /** Go {@code net.ParseIP}: empty if {@code s} is not an IP literal. */
  public static Optional<Ip> parseIp(String s) {
    if (s == null || s.isEmpty()) {
      return Optional.empty();
    }
    byte[] b = s.indexOf(':') >= 0 ? parseV6(s) : parseV4(s, 0, s.length());
    return b == null ? Optional.empty() : Optional.of(new Ip(b));
  }

  /** Go {@code net.ParseCIDR}: empty if {@code s} is not {@code ip/prefix}. */
  public static Optional<Cidr> parseCidr(String s) {
    if (s == null) {
      return Optional.empty();
    }
    int slash = s.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Optional<Ip> ip = parseIp(s.substring(0, slash));
    if (ip.isEmpty()) {
      return Optional.empty();
    }
    String len = s.substring(slash + 1);
    if (len.isEmpty() || len.length() > 7) {
      return Optional.empty();
    }
    int n = 0;
    for (int i = 0; i < len.length(); i++) {
      char c = len.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      n = n * 10 + (c - '0');
    }
    int bits = ip.get().bytes().length * 8;
    if (n > bits) {
      return Optional.empty();
    }
    return Optional.of(new Cidr(ip.get(), n, bits));
  }

  public static boolean isIp(String s) {
    return parseIp(s).isPresent();
  }

  public static boolean isCidr(String s) {
    return parseCidr(s).isPresent();
  }

  /** Multus' rule for {@code ips} entries: CIDR if it contains '/', else a plain IP. */
  public static boolean isIpOrCidr(String s) {
    return s != null && (s.indexOf('/') >= 0 ? isCidr(s) : isIp(s));
  }

  private static byte[] parseV4(String s, int from, int to) {
    byte[] out = new byte[4];
    int field = 0;
    int i = from;
    while (true) {
      int start = i;
      int val = 0;
      while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        val = val * 10 + (s.charAt(i) - '0');
        i++;
        if (i - start > 3) {
          return null;
        }
      }
      int digits = i - start;
      if (digits == 0 || val > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return null;
      }
      out[field++] = (byte) val;
      if (field == 4) {
        return i == to ? out : null;
      }
      if (i >= to || s.charAt(i) != '.') {
        return null;
      }
      i++;
    }
  }

  private static byte[] parseV6(String s) {
    byte[] ip = new byte[16];
    int n = s.length();
    int i = 0;
    int pos = 0; // bytes filled
    int ellipsis = -1;
    if (n >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      i = 2;
      if (i == n) {
        return ip; // "::"
      }
    }
    while (pos < 16) {
      int start = i;
      int val = 0;
      while (i < n && hex(s.charAt(i)) >= 0) {
        val = (val << 4) | hex(s.charAt(i));
        i++;
        if (i - start > 4) {
          return null;
        }
      }
      if (i == start) {
        return null;
      }
      if (i < n && s.charAt(i) == '.') {
        // embedded IPv4 must be last and fit into the remaining bytes
        if (ellipsis < 0 && pos != 12) {
          return null;
        }
        if (pos + 4 > 16) {
          return null;
        }
        byte[] v4 = parseV4(s, start, n);
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, ip, pos, 4);
        pos += 4;
        i = n;
        break;
      }
      ip[pos++] = (byte) (val >> 8);
      ip[pos++] = (byte) val;
      if (i == n) {
        break;
      }
      if (s.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < n && s.charAt(i) == ':') {
        if (ellipsis >= 0) {
          return null; // second "::"
        }
        ellipsis = pos;
        i++;
        if (i == n) {
          break;
        }
      } else if (i == n) {
        return null; // trailing single ':'
      }
    }
    if (i != n) {
      return null;
    }
    if (pos < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int shift = 16 - pos;
      for (int j = pos - 1; j >= ellipsis; j--) {
        ip[j + shift] = ip[j];
      }
      for (int j = ellipsis; j < ellipsis + shift; j++) {
        ip[j] = 0;
      }
    } else if (ellipsis >= 0) {
      return null; // "::" must expand to at least one zero group
    }
    return ip;
  }

  /** The value of an ASCII hex digit, or -1 (no other Unicode digits, unlike Character.digit). */
  static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}

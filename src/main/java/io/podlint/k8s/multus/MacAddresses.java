package io.podlint.k8s.multus;

import java.util.Optional;

/**
 * Go {@code net.ParseMAC} semantics: IEEE 802 MAC-48, EUI-48, EUI-64 or 20-octet IP-over-InfiniBand
 * link-layer addresses, written as two-hex-digit groups separated consistently by {@code ':'} or
 * {@code '-'}, or as four-hex-digit groups separated by {@code '.'}. Hex digits may be upper or
 * lower case.
 */
public final class MacAddresses {

  private MacAddresses() {}

  /** The decoded bytes (6, 8 or 20 of them), or empty if Go's ParseMAC would fail. */
  public static Optional<byte[]> parse(String s) {
    if (s == null || s.length() < 14) {
      return Optional.empty();
    }
    int len = s.length();
    char sep = s.charAt(2);
    if (sep == ':' || sep == '-') {
      if ((len + 1) % 3 != 0) {
        return Optional.empty();
      }
      int n = (len + 1) / 3;
      if (n != 6 && n != 8 && n != 20) {
        return Optional.empty();
      }
      byte[] out = new byte[n];
      for (int i = 0, x = 0; i < n; i++, x += 3) {
        int hi = hex(s.charAt(x));
        int lo = hex(s.charAt(x + 1));
        if (hi < 0 || lo < 0 || (x + 2 < len && s.charAt(x + 2) != sep)) {
          return Optional.empty();
        }
        out[i] = (byte) (hi << 4 | lo);
      }
      return Optional.of(out);
    }
    if (s.charAt(4) == '.') {
      if ((len + 1) % 5 != 0) {
        return Optional.empty();
      }
      int n = 2 * (len + 1) / 5;
      if (n != 6 && n != 8 && n != 20) {
        return Optional.empty();
      }
      byte[] out = new byte[n];
      for (int i = 0, x = 0; i < n; i += 2, x += 5) {
        int[] d = new int[4];
        for (int k = 0; k < 4; k++) {
          d[k] = hex(s.charAt(x + k));
          if (d[k] < 0) {
            return Optional.empty();
          }
        }
        if (x + 4 < len && s.charAt(x + 4) != '.') {
          return Optional.empty();
        }
        out[i] = (byte) (d[0] << 4 | d[1]);
        out[i + 1] = (byte) (d[2] << 4 | d[3]);
      }
      return Optional.of(out);
    }
    return Optional.empty();
  }

  public static boolean isValid(String s) {
    return parse(s).isPresent();
  }

  private static int hex(char c) {
    return IpLiterals.hex(c);
  }
}

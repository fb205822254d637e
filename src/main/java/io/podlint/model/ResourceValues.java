package io.podlint.model;

import io.podlint.parse.Scalars;
import io.podlint.parse.YamlNode;
import java.math.BigDecimal;
import java.util.Locale;

/** The text the API server receives for a YAML scalar, after kubectl's YAML-to-JSON conversion. */
final class ResourceValues {
  private ResourceValues() {}

  /**
   * Strings are sent as written. YAML numbers become JSON numbers: integers in decimal (so
   * {@code 0x10}, {@code 0755} and {@code 1_000} are 16, 493 and 1000) and floats in Go's JSON
   * float format ({@code 1e3} becomes {@code 1000}, {@code 0.50} becomes {@code 0.5}).
   */
  static String apiText(YamlNode scalar) {
    String text = scalar.text();
    if (scalar.isInt()) {
      Long v = Scalars.parseInt(text);
      return v != null ? v.toString() : text.replace("_", "");
    }
    if (scalar.isNumber()) {
      try {
        double d = Double.parseDouble(text.replace("_", ""));
        return Double.isFinite(d) ? goJsonFloat(d) : text;
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  /** Go's {@code encoding/json} float64 format: shortest digits, exponent outside [1e-6, 1e21). */
  static String goJsonFloat(double d) {
    if (d == 0) {
      return "0";
    }
    BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    double abs = Math.abs(d);
    if (abs >= 1e-6 && abs < 1e21) {
      return v.toPlainString();
    }
    String s = v.toString().toLowerCase(Locale.ROOT); // 1E+21 -> 1e+21, 1.5E-7 -> 1.5e-7
    return s.contains("e") ? s : s + "e+00";
  }
}

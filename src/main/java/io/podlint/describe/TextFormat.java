package io.podlint.describe;

import java.math.BigDecimal;

/** Number formats shared by the describe output. */
final class TextFormat {
  private TextFormat() {}

  /** {@code 5}, {@code 2.5}: seconds without trailing zeros. */
  static String seconds(double s) {
    return BigDecimal.valueOf(s).stripTrailingZeros().toPlainString();
  }
}

package io.podlint.k8s;

import java.util.OptionalLong;

/**
 * The disruption controller's arithmetic ({@code pkg/controller/disruption}: getExpectedPodCount):
 * how many voluntary evictions a PodDisruptionBudget allows while every selected Pod is healthy.
 * Percentages are scaled with rounding up ({@code intstr.GetScaledValueFromIntOrPercent(..., true)}).
 */
public final class DisruptionBudgets {
  private DisruptionBudgets() {}

  /**
   * Evictions allowed with {@code pods} healthy Pods, or empty when the budget cannot be read.
   *
   * @param minAvailable the text of {@code spec.minAvailable} (an integer or a percentage), or null
   * @param maxUnavailable the text of {@code spec.maxUnavailable}, or null; it wins over minAvailable
   */
  public static OptionalLong allowed(String minAvailable, String maxUnavailable, long pods) {
    if (maxUnavailable != null) {
      OptionalLong max = scaled(maxUnavailable, pods);
      return max.isEmpty() ? max : OptionalLong.of(Math.min(Math.max(max.getAsLong(), 0), pods));
    }
    if (minAvailable != null) {
      OptionalLong min = scaled(minAvailable, pods);
      return min.isEmpty() ? min : OptionalLong.of(Math.max(pods - min.getAsLong(), 0));
    }
    return OptionalLong.empty();
  }

  /** Whether the budget allows no eviction whatever the number of Pods: maxUnavailable 0 or 0%, minAvailable 100%. */
  public static boolean blocksAlways(String minAvailable, String maxUnavailable) {
    if (maxUnavailable != null) {
      return "0".equals(maxUnavailable) || "0%".equals(maxUnavailable);
    }
    return "100%".equals(minAvailable);
  }

  /** An integer, or a percentage of {@code total} rounded up; empty for anything else. */
  static OptionalLong scaled(String value, long total) {
    String v = value.trim();
    boolean percent = v.endsWith("%");
    String digits = percent ? v.substring(0, v.length() - 1) : v;
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(digits);
    return OptionalLong.of(percent ? (n * total + 99) / 100 : n);
  }
}

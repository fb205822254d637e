package io.podlint.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Small helpers for rule messages. */
public final class Text {
  private Text() {}

  /** {@code "a", "b" or "c"}. */
  public static String quotedList(Collection<String> values, String lastJoin) {
    var quoted = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.toList());
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " " + lastJoin + " " + quoted.get(quoted.size() - 1);
  }

  /**
   * The candidate closest to {@code value}: equal ignoring case, or within a small edit distance
   * (insertions, deletions, substitutions and swaps of neighbours, such as {@code lables}).
   */
  public static Optional<String> closest(String value, Collection<String> candidates) {
    if (value == null) {
      return Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, value.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      if (c.equalsIgnoreCase(value) && c.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(c);
      }
      if (Math.abs(c.length() - value.length()) > allowed) {
        continue; // the distance is at least the difference in length: cheap to rule out
      }
      int d = editDistance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance that also counts swapping two neighbouring characters as one edit (OSA). */
  public static int editDistance(String a, String b) {
    return io.podlint.k8s.EditDistance.osa(a, b);
  }

  public static int levenshtein(String a, String b) {
    return io.podlint.k8s.EditDistance.levenshtein(a, b);
  }

  /** {@code " (did you mean \"X\"?)"} or an empty string. */
  public static String didYouMean(String value, Collection<String> candidates) {
    return closest(value, candidates).filter(c -> !c.equals(value))
        .map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }
}

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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      if (c.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(c);
      }
      int d = editDistance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(1, Math.min(3, value.length() / 4));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance that also counts swapping two neighbouring characters as one edit (OSA). */
  public static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
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

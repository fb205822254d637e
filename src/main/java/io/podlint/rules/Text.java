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

  /**
   * The one candidate that differs from {@code value} in letter case only, for an enum value a fix
   * may rewrite ({@code always} to {@code Always}); empty when none or several do, or none differs.
   */
  public static Optional<String> caseOnlyMatch(String value, Collection<String> candidates) {
    if (value == null) {
      return Optional.empty();
    }
    var matches = candidates.stream().filter(c -> c != null && c.equalsIgnoreCase(value)).distinct().toList();
    return matches.size() == 1 && !matches.get(0).equals(value) ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /**
   * The suggestion of {@link #closest} when it is the only plausible one: the unique candidate
   * equal ignoring case, else the only candidate within the edit distance {@link #closest} allows.
   * A fix renames only then; with two candidates near (ports, hostPort) the user has to choose.
   */
  public static Optional<String> onlyCandidate(String value, Collection<String> candidates) {
    if (value == null) {
      return Optional.empty();
    }
    var sameIgnoringCase = candidates.stream().filter(c -> c != null && c.equalsIgnoreCase(value)).distinct().toList();
    if (!sameIgnoringCase.isEmpty()) {
      return sameIgnoringCase.size() == 1 && !sameIgnoringCase.get(0).equals(value)
          ? Optional.of(sameIgnoringCase.get(0)) : Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, value.length() / 4));
    var near = candidates.stream().filter(c -> c != null && Math.abs(c.length() - value.length()) <= allowed)
        .filter(c -> editDistance(lower, c.toLowerCase(Locale.ROOT)) <= allowed).distinct().toList();
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }
}

package io.podlint.util;

/** Counted nouns for output: {@code 1 file}, {@code 2 files}, {@code 0 files}. */
public final class Plural {
  private Plural() {}

  /** {@code n} and the noun, with an "s" unless n is 1. */
  public static String count(long n, String singular) {
    return n + " " + noun(n, singular);
  }

  /** {@code n} and the noun, with the given plural unless n is 1 ({@code 2 entries}). */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** The noun alone, for "1 of 2 files" where the number is written elsewhere. */
  public static String noun(long n, String singular) {
    return n == 1 ? singular : singular + "s";
  }
}

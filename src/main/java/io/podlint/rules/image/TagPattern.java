package io.podlint.rules.image;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A tag name or glob ({@code *} matches any run of characters), compared case-insensitively. */
record TagPattern(String text, Pattern regex) {

  static TagPattern parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a mutable tag pattern must not be empty");
    }
    String regex = Arrays.stream(text.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return new TagPattern(text, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  boolean matches(String tag) {
    return regex.matcher(tag).matches();
  }
}

package io.podlint.rules.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes quantities (domain reference 4.2): validity and fixes for the usual misspellings. */
final class Quantities {
  private static final Pattern VALID =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");
  private static final Pattern NUMBER_AND_SUFFIX = Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))\\s*([A-Za-z]+)");

  private Quantities() {}

  /** Whether the API server parses the text (it trims surrounding whitespace first). */
  static boolean isValid(String text) {
    return VALID.matcher(text.strip()).matches();
  }

  /** Valid quantities the text probably means: {@code 1K} gives 1Ki and 1k, {@code 512MB} gives 512Mi and 512M. */
  static List<String> suggestions(String text) {
    Matcher m = NUMBER_AND_SUFFIX.matcher(text.strip());
    List<String> out = new ArrayList<>();
    if (!m.matches()) {
      return out;
    }
    String number = m.group(1);
    String suffix = m.group(2).toLowerCase(Locale.ROOT);
    String unit = suffix.substring(0, 1);
    if (!"kmgtpe".contains(unit) || !suffix.matches("[kmgtpe](i?b?|ib)")) {
      return out;
    }
    String binary = number + unit.toUpperCase(Locale.ROOT) + "i";
    String decimal = number + ("k".equals(unit) ? "k" : unit.toUpperCase(Locale.ROOT));
    out.add(binary);
    if (!suffix.contains("i")) {
      out.add(decimal);
    }
    out.removeIf(s -> !isValid(s) || s.equals(text));
    return out;
  }
}

package io.podlint.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What was probably meant by a text that is not a quantity ({@code 1K}, {@code 512MB}, {@code 1 Gi}). */
final class QuantityHints {
  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("^([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([A-Za-z]+)$");
  private static final Pattern THOUSANDS = Pattern.compile("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?[A-Za-z]*$");
  private static final Set<String> CPU_WORDS = Set.of("cpu", "cpus", "core", "cores", "vcpu", "vcpus");
  private static final Set<String> MILLICPU_WORDS = Set.of("mcpu", "millicore", "millicores", "millicpu", "millicpus");
  private static final Set<String> BYTE_WORDS = Set.of("b", "byte", "bytes");
  private static final Set<String> UNLIMITED_WORDS = Set.of("unlimited", "none", "max", "infinite", "infinity", "inf");
  private static final String SI_LETTERS = "kmgtpe";
  private static final String[] DECIMAL_SUFFIX = {"k", "M", "G", "T", "P", "E"};

  private QuantityHints() {}

  static Optional<String> hint(String text) {
    String trimmed = Quantity.trimGoSpace(text);
    if (trimmed.isEmpty()) {
      return Optional.of("the value is empty: write a quantity such as \"500m\" or \"256Mi\", or remove the field");
    }
    if (!trimmed.equals(text) && Quantity.tryParse(trimmed).isPresent()) {
      return Optional.of("remove the surrounding white space: \"" + trimmed + "\"");
    }
    if (trimmed.contains("{{") || trimmed.contains("${")) {
      return Optional.of("this looks like an unrendered template expression: lint the rendered manifests");
    }
    if (trimmed.endsWith("%")) {
      return Optional.of("a quantity is an absolute amount, not a percentage");
    }
    if (UNLIMITED_WORDS.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Optional.of("there is no \"unlimited\" value: omit the limit instead");
    }
    String compact = trimmed.replaceAll("\\s+", "");
    if (!compact.equals(trimmed)) {
      if (Quantity.tryParse(compact).isPresent()) {
        return Optional.of("remove the space: \"" + compact + "\"");
      }
      Optional<String> unit = unitHint(compact);
      if (unit.isPresent()) {
        return unit;
      }
    }
    if (compact.contains(",")) {
      String fixed = THOUSANDS.matcher(compact).matches() ? compact.replace(",", "") : compact.replace(',', '.');
      if (Quantity.tryParse(fixed).isPresent()) {
        return Optional.of("quantities use \".\" as the decimal separator and no thousands separator: \"" + fixed + "\"");
      }
    }
    if (compact.matches("^[+-]?[0-9.]+[eE][+-]?$")) {
      return Optional.of("an exponent needs digits, such as \"" + compact.replaceAll("[eE][+-]?$", "") + "e3\"");
    }
    return unitHint(compact);
  }

  /** Hints for a number followed by a unit the API server does not know. */
  private static Optional<String> unitHint(String compact) {
    Matcher m = NUMBER_AND_UNIT.matcher(compact);
    if (!m.matches()) {
      return Optional.empty();
    }
    String number = m.group(1);
    String unit = m.group(2);
    String lower = unit.toLowerCase(Locale.ROOT);
    if (CPU_WORDS.contains(lower)) {
      return suggest(List.of(number), "CPU is written without a unit (\"500m\" is half a CPU)");
    }
    if (MILLICPU_WORDS.contains(lower)) {
      return suggest(List.of(number + "m"), "millicores use the suffix \"m\"");
    }
    if (BYTE_WORDS.contains(lower)) {
      return suggest(List.of(number), "bytes are written without a unit");
    }
    String prefix = lower.replaceFirst("(bytes|byte|b)$", "");
    List<String> candidates = new ArrayList<>();
    if (prefix.length() == 2 && prefix.charAt(1) == 'i' && SI_LETTERS.indexOf(prefix.charAt(0)) >= 0) {
      candidates.add(number + Character.toUpperCase(prefix.charAt(0)) + "i");
    } else if (prefix.length() == 1 && SI_LETTERS.indexOf(prefix.charAt(0)) >= 0) {
      candidates.add(number + Character.toUpperCase(prefix.charAt(0)) + "i");
      candidates.add(number + DECIMAL_SUFFIX[SI_LETTERS.indexOf(prefix.charAt(0))]);
    }
    candidates.removeIf(c -> c.equals(compact));
    String why = unit.equals("K") ? "only lowercase \"k\" means kilo" : "suffixes are case-sensitive and have no \"B\"";
    return suggest(candidates, why);
  }

  private static Optional<String> suggest(List<String> candidates, String why) {
    List<String> valid = candidates.stream().filter(c -> Quantity.tryParse(c).isPresent()).toList();
    if (valid.isEmpty()) {
      return Optional.empty();
    }
    String options = valid.stream()
        .map(c -> "\"" + c + "\"" + (valid.size() > 1 ? " (" + Quantity.parse(c).value().toPlainString() + ")" : ""))
        .collect(Collectors.joining(" or "));
    return Optional.of(why + ": did you mean " + options + "?");
  }
}

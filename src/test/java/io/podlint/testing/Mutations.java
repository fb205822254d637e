package io.podlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Mutated copies of real fixtures for property tests: deleted, repeated or re-indented lines, junk, retyped values. */
public final class Mutations {
  private Mutations() {}

  /** Every non-empty YAML file under {@code testdata}. */
  public static List<String> fixtureSeeds() {
    try (Stream<Path> s = Files.walk(Path.of("testdata"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(t -> !t.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Arbitrary<String> of(List<String> seeds) {
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<String> junk = Arbitraries.strings().withChars(":-[]{}#&*!|>'\"\t\n ,@%`?0aZ.").ofMaxLength(12);
    return Arbitraries.integers().between(0, 6).flatMap(kind -> seed.flatMap(text -> {
      int n = text.length();
      return Arbitraries.integers().between(0, n - 1).flatMap(at -> Arbitraries.integers().between(0, 40)
          .flatMap(len -> junk.map(j -> Tuple.of(at, len, j))))
          .map(t -> mutate(kind, text, t.get1(), t.get2(), t.get3()));
    }));
  }

  private static String mutate(int kind, String text, int at, int len, String junk) {
    int end = Math.min(text.length(), at + len);
    return switch (kind) {
      case 0 -> text.substring(0, at) + text.substring(end); // delete a range
      case 1 -> text.substring(0, at) + junk + text.substring(at); // insert junk
      case 2 -> text.substring(0, at); // truncate
      case 3 -> text.substring(0, at) + text.substring(at, end) + text.substring(at); // repeat a range
      case 4 -> text.replace("\n  ", "\n" + " ".repeat(len % 5)); // re-indent
      case 5 -> retype(text, at, len); // a scalar becomes a mapping, a list, a null, a number...
      default -> text.substring(0, at) + text.substring(at, end).toUpperCase() + text.substring(end);
    };
  }

  private static final List<String> VALUES = List.of("{a: 1}", "[1, 2]", "~", "7", "-1", "true", "\"\"", "[]", "{}",
      "0x1F", "1e400", ".nan", "\"x\"", "[{}]", "!!binary aGk=");

  /** Replaces the value after the first {@code ": "} at or after {@code at} with another type. */
  private static String retype(String text, int at, int pick) {
    int colon = text.indexOf(": ", at);
    if (colon < 0) {
      return text;
    }
    int eol = text.indexOf('\n', colon);
    eol = eol < 0 ? text.length() : eol;
    return text.substring(0, colon + 2) + VALUES.get(pick % VALUES.size()) + text.substring(eol);
  }
}

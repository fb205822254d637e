package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of rules say what the catalogue holds: one row per category, counted, and one
 * row per rule of the {@code hardening} profile. Counts are computed here, never written by hand.
 */
class ReadmeCategoriesTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d+) \\| ", Pattern.MULTILINE);

  @Test
  void categoryTableMatchesTheCatalogue() throws IOException {
    Map<String, Long> catalogue = Fixtures.builtIns().all().stream()
        .collect(Collectors.groupingBy(p -> p.policy().category(), TreeMap::new, Collectors.counting()));
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("| category | rules | what they catch |"));
    table = table.substring(0, table.indexOf("\n\n"));
    Map<String, Long> documented = new TreeMap<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      assertThat(documented.put(m.group(1), Long.parseLong(m.group(2)))).as("one row for " + m.group(1)).isNull();
    }
    assertThat(documented).as("README.md category table (rule counts per category)").isEqualTo(catalogue);
  }

  @Test
  void hardeningTableListsTheProfile() throws IOException {
    var profile = Fixtures.builtIns().all().stream().filter(p -> p.policy().profiles().contains("hardening"))
        .map(p -> p.id()).sorted().toList();
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### Profiles"));
    String table = section.substring(section.indexOf("| rule | reports |"));
    table = table.substring(0, table.indexOf("\n\n"));
    var documented = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ", Pattern.MULTILINE).matcher(table).results()
        .map(r -> r.group(1)).sorted().toList();
    assertThat(profile).as("rules of the hardening profile").isNotEmpty();
    assertThat(documented).as("README.md hardening table").isEqualTo(profile);
  }
}

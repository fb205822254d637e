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

/** The README's table of rule categories counts what the catalogue holds: one row per category, counted. */
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
}

package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlParser#scanComments} finds exactly the comments the straightforward scan (every line
 * of {@code split("\\r?\\n", -1)} through the pattern) finds, at the same lines, columns and
 * targets.
 */
class CommentScanTest {
  private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#\\s*((?:podlint|Source:)[^\\r\\n]*)");

  /** The scan as it was before it worked on offsets: the reference. */
  private static List<ParsedFile.Comment> reference(String text) {
    List<ParsedFile.Comment> out = new ArrayList<>();
    if (!text.contains("podlint") && !text.contains("Source:")) {
      return out;
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('#') < 0) {
        continue;
      }
      Matcher m = COMMENT.matcher(line);
      if (!m.find()) {
        continue;
      }
      int hash = line.lastIndexOf('#', m.start(1));
      boolean standalone = line.substring(0, hash).isBlank();
      int target = i + 1;
      if (standalone) {
        target = i + 2;
        while (target <= lines.length && (lines[target - 1].isBlank() || lines[target - 1].trim().startsWith("#"))) {
          target++;
        }
      }
      out.add(new ParsedFile.Comment(i + 1, m.start(1) + 1, m.group(1).trim(), target));
    }
    return out;
  }

  @Test
  void edgeCases() {
    for (String text : List.of("", "#", "# podlint-ignore", "# podlint-ignore\n", "# podlint-ignore\r\n",
        "a: 1 # podlint-ignore x\r\nb: 2\r", "# Source: c/t.yaml\n\n# x\n\r\n  \nkind: Pod", "x#podlint\n# podlint",
        "\r# podlint\r\r\n#\n", "# podlint-ignore\n#\n#\n", "a: '#' # Source: y\n# Source:\n", "\n\n\n# podlint")) {
      assertThat(YamlParser.scanComments(text)).as(text).isEqualTo(reference(text));
    }
  }

  @Test
  void fixtures() {
    for (String text : Mutations.fixtureSeeds()) {
      assertThat(YamlParser.scanComments(text)).isEqualTo(reference(text));
    }
  }

  @Property(tries = 2000)
  void randomTexts(@ForAll("texts") String text) {
    assertThat(YamlParser.scanComments(text)).isEqualTo(reference(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("#", " ", "\t", "\n", "\r", "\r\n", "podlint", "Source:", "a: b", "-", "x", " # ",
        "podlint-ignore-file: bare-pod", "\u00a0", "\u2028")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}

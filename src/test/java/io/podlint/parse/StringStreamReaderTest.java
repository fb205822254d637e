package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Mutations;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.AnchorNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composing through {@link StringStreamReader} gives exactly what SnakeYAML's own reader gives:
 * the same nodes, tags, values, styles and marks, and the same errors at the same places.
 */
class StringStreamReaderTest {
  private static final List<String> SEEDS = Mutations.fixtureSeeds();
  private static final Path CORPUS = Path.of(System.getProperty("podlint.corpus", "../shared/corpus"));

  /** A printed form of everything composing {@code text} produced, with every position. */
  private static String compose(String text, boolean fast) {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(true);
    o.setMaxAliasesForCollections(YamlParser.MAX_ALIASES);
    StreamReader reader = fast ? StringStreamReader.of(text) : new StreamReader(new StringReader(text));
    Composer c = new Composer(new ParserImpl(reader, o), new Resolver(), o);
    StringBuilder out = new StringBuilder();
    try {
      while (c.checkNode()) {
        print(c.getNode(), out);
        out.append("\n---\n");
      }
    } catch (MarkedYAMLException e) {
      out.append("error: ").append(e.getContext()).append(" ").append(mark(e.getContextMark()))
          .append(" / ").append(e.getProblem()).append(" ").append(mark(e.getProblemMark()));
    } catch (RuntimeException e) {
      out.append("error: ").append(e.getClass().getName()).append(": ").append(e.getMessage());
    }
    return out.toString();
  }

  private static String mark(Mark m) {
    return m == null ? "-" : m.getLine() + ":" + m.getColumn() + "@" + m.getIndex();
  }

  private static void print(Node n, StringBuilder out) {
    if (n == null) {
      out.append("null");
      return;
    }
    out.append('<').append(n.getNodeId()).append(' ').append(n.getTag()).append(' ').append(n.getAnchor())
        .append(' ').append(mark(n.getStartMark())).append(' ').append(mark(n.getEndMark())).append(' ');
    if (n instanceof ScalarNode s) {
      out.append(s.getScalarStyle()).append(" [").append(s.getValue()).append(']');
    } else if (n instanceof SequenceNode s) {
      out.append(s.getFlowStyle());
      s.getValue().forEach(i -> print(i, out));
    } else if (n instanceof MappingNode m) {
      out.append(m.getFlowStyle()).append(m.isMerged());
      for (NodeTuple t : m.getValue()) {
        print(t.getKeyNode(), out);
        print(t.getValueNode(), out);
      }
    } else if (n instanceof AnchorNode a) {
      out.append(a.getRealNode().getAnchor());
    }
    out.append('>');
  }

  private static void assertSame(String text) {
    assertThat(compose(text, true)).as(text).isEqualTo(compose(text, false));
  }

  @Test
  void composesEveryFixtureAsSnakeYamlDoes() {
    int fast = 0;
    for (String seed : SEEDS) {
      assertSame(seed);
      fast += StringStreamReader.isPrintableBmp(seed) ? 1 : 0;
    }
    // Nearly every real file takes the fast path.
    assertThat(fast).isGreaterThan(SEEDS.size() * 9 / 10);
  }

  @Test
  void composesTheCorpusAsSnakeYamlDoes() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    for (Path p : files) {
      assertSame(Files.readString(p));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\r\nb: [x,\r\n  y]\r\n", "a: 1\rb: 2\r", "a: |\r\n  x\r\n  y\r", "\uFEFFa: 1\n", "a: b\u0085c: d\n",
      "a: \"x\u2028y\"\nb: c\u2029d: e", "k: caf\u00e9 \u4e2d\u6587\n", "a:\tb\n", "\ta: b\n", "a: 'it''s'\n",
      "a: \"\\x41\\u00e9\\\n  z\"\n", "- &x {a: 1}\n- *x\n- <<: *x\n", "%YAML 1.1\n---\na: 1\n...\n", "a: b\n---\n---\n",
      "? [a, b]\n: c\n", "a: >-\n  folded\n  text\n\n", "a: !!str 1\n", "a: b: c\n", "a: [1, 2\n", "", "#\n", "a",
      "a: \"\u00a0\"", "x: y\r"})
  void composesEdgeCasesAsSnakeYamlDoes(String text) {
    assertSame(text);
  }

  /** Texts the fast reader refuses go through SnakeYAML's reader, errors and all. */
  @ParameterizedTest
  @ValueSource(strings = {"a: b\u0000\n", "a: \u0007\n", "a: \uD83D\uDE00\n", "a: \uD83D\n", "a: \uFFFE\n"})
  void leavesOtherTextToSnakeYamlsReader(String text) {
    assertThat(StringStreamReader.isPrintableBmp(text)).isFalse();
    assertThat(StringStreamReader.of(text)).isNotInstanceOf(StringStreamReader.class);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(SEEDS);
  }

  @Property(tries = 1000)
  void composesMutatedFixturesAsSnakeYamlDoes(@ForAll("mutated") String text) {
    assertSame(text);
  }

  @Test
  void composesLongTextAcrossTheStockReadersWindows() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      lines.add("key" + i + ": " + "v".repeat(i % 1500) + (i % 7 == 0 ? " # comment" : ""));
    }
    assertSame(String.join("\n", lines));
    assertSame(String.join("\r\n", lines));
  }
}

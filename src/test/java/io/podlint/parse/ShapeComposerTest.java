package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Mutations;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link ShapeComposer} reports what walking each composed document with
 * {@link YamlParser#checkShape} reports: the same duplicate keys in the same order, and the same
 * bound.
 */
class ShapeComposerTest {

  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(true);
    o.setMaxAliasesForCollections(YamlParser.MAX_ALIASES);
    o.setNestingDepthLimit(YamlParser.MAX_DEPTH);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  /** Per document: its problems and bound, then the error that ended composing, if any. */
  private static List<String> shapes(String text, boolean measured) {
    LoaderOptions o = options();
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), o);
    Composer c = measured ? new ShapeComposer(parser, new Resolver(), o) : new Composer(parser, new Resolver(), o);
    List<String> out = new ArrayList<>();
    try {
      while (c.checkNode()) {
        Node root = c.getNode();
        if (root == null) {
          continue;
        }
        List<ParseProblem> problems = new ArrayList<>();
        String limit = measured ? ((ShapeComposer) c).finish(root, problems) : YamlParser.checkShape(root, problems);
        out.add(problems + " / " + limit);
      }
    } catch (RuntimeException e) {
      out.add("error: " + e.getMessage());
    }
    return out;
  }

  private static void same(String text) {
    assertThat(shapes(text, true)).as(text).isEqualTo(shapes(text, false));
  }

  @Test
  void duplicateKeysInDocumentOrder() {
    same("a: 1\nb: {x: 1, x: 2, y: {z: 1, z: 2}}\na: 2\nc: [{k: 1, k: 2}]\n---\nq: 1\nq: 2\n");
    assertThat(shapes("a: {x: 1, x: 2}\na: 2\n", true).get(0)).contains("\"a\"").contains("\"x\"");
  }

  @Test
  void anchorsAndAliases() {
    same("base: &b {x: 1, x: 2}\nuse: *b\nother: *b\n<<: *b\n");
    same("- &a [1, 2]\n- *a\n---\nk: 1\nk: 1\n");
  }

  @Test
  void nestingBound() {
    String deep = "a: ".repeat(1) + "[".repeat(199) + "]".repeat(199) + "\n";
    same(deep);
    same("k: 1\nk: 2\nx: " + "[".repeat(250) + "]".repeat(250) + "\n");
  }

  @Test
  void fixtures() {
    for (String text : Mutations.fixtureSeeds()) {
      same(text);
    }
  }

  @Property(tries = 1000)
  void mutatedFixtures(@ForAll("mutated") String text) {
    same(text);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(Mutations.fixtureSeeds());
  }
}

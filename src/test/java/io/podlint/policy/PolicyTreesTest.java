package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.parse.JsonTree;
import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in policies parsed at build time are the YAML files' trees, and load the same policies. */
class PolicyTreesTest {

  @Test
  void theResourceHoldsTheTreeOfEveryBuiltInFileExactlyAsParsedFromItsYaml() {
    Map<String, JsonNode> trees = PolicyTrees.builtIn();
    assertThat(trees).as("%s is built in process-classes", PolicyTrees.RESOURCE).isNotNull();
    Map<String, byte[]> files = PolicyLoader.builtInFiles();
    assertThat(trees.keySet()).containsExactlyElementsOf(files.keySet());
    files.forEach((name, bytes) -> {
      ParsedFile parsed = new YamlParser().parse(name, bytes);
      assertSameTree(name, trees.get(name), JsonTree.of(parsed.documents().get(0).root()));
    });
  }

  @Test
  void theBuiltInsLoadedFromTheTreesAreThoseLoadedFromTheYamlFiles() throws Exception {
    List<BoundPolicy> fromTrees = new PolicyLoader().load(List.of()).all();
    List<BoundPolicy> fromYaml = new PolicyLoader(true).load(List.of()).all();
    assertThat(fromTrees).hasSameSizeAs(fromYaml);
    for (int i = 0; i < fromYaml.size(); i++) {
      assertThat(fromTrees.get(i).policy()).isEqualTo(fromYaml.get(i).policy());
      assertThat(fromTrees.get(i).check()).isSameAs(fromYaml.get(i).check());
      // (bound parameters may hold compiled patterns, which have no equals: compared by their records' text)
      assertThat(String.valueOf(fromTrees.get(i).params())).isEqualTo(String.valueOf(fromYaml.get(i).params()));
      assertThat(fromTrees.get(i).kinds()).isEqualTo(fromYaml.get(i).kinds());
    }
  }

  @Test
  void everyNodeTypeOfJsonTreeSurvivesTheRoundTrip() throws Exception {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode tree = f.objectNode();
    tree.put("text", "é \u2028 " + "x".repeat(70_000)); // longer than writeUTF's 64 KiB
    tree.put("long", Long.MIN_VALUE);
    tree.put("int", 7);
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("decimal", new BigDecimal("1.50"));
    tree.put("yes", true);
    tree.put("no", false);
    tree.putNull("null");
    tree.putArray("list").add(1L).add("two").addObject().putArray("empty");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PolicyTrees.write(Map.of("policies/x.yaml", tree), new DataOutputStream(bytes));
    Map<String, JsonNode> back = PolicyTrees.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertSameTree("round trip", back.get("policies/x.yaml"), tree);
  }

  /** Equal, node class for node class (JsonNode.equals alone would let 1.50 equal 1.5). */
  private static void assertSameTree(String at, JsonNode actual, JsonNode expected) {
    assertThat(actual).as(at).isEqualTo(expected);
    assertThat(actual.getClass()).as(at).isEqualTo(expected.getClass());
    assertThat(actual.toString()).as(at).isEqualTo(expected.toString());
    if (expected.isObject()) {
      assertThat(actual.size()).as(at).isEqualTo(expected.size());
      for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertSameTree(at + "." + name, actual.get(name), expected.get(name));
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(at + "[" + i + "]", actual.get(i), expected.get(i));
      }
    }
  }
}

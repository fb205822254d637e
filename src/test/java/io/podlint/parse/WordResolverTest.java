package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The shortcut resolver types every plain scalar exactly as SnakeYAML's own resolver does. */
class WordResolverTest {
  @Test
  void agreesWithSnakeYamlOnRandomAndTrickyScalars() {
    Resolver fast = new WordResolver();
    Resolver reference = new Resolver();
    List<String> texts = new ArrayList<>(List.of("namespace", "nodeSelector", "nginx:1.27", "false", "FALSE", "False",
        "Falsey", "null", "NULL", "nullable", "yes", "Yes", "offset", "true", "TrueNorth", "2001-12-14t21:59:43.10-05:00",
        "0x1F", "1:30", ".inf", "<<", "=", "~", ""));
    Random random = new Random(11);
    String alphabet = "aAnNyYtTfFoOeElL0123456789.:-+_~<= xX";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(10); j >= 0; j--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
      texts.add("false" + b);
      texts.add("Null" + b);
    }
    for (String t : texts) {
      assertThat(fast.resolve(NodeId.scalar, t, true)).as(t).isEqualTo(reference.resolve(NodeId.scalar, t, true));
      assertThat(fast.resolve(NodeId.scalar, t, false)).as(t).isEqualTo(reference.resolve(NodeId.scalar, t, false));
    }
  }
}

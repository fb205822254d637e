package io.podlint.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Helpers over raw SnakeYAML nodes. */
final class Nodes {
  private Nodes() {}

  /**
   * The entries of a mapping with YAML merge keys ({@code <<: *anchor}) resolved: explicit keys
   * first, then merged keys that the mapping does not set itself.
   */
  static List<NodeTuple> entries(MappingNode m) {
    List<NodeTuple> tuples = m.getValue();
    if (!m.isMerged()) {
      return tuples; // SnakeYAML's composer marks every mapping that has a merge key
    }
    List<NodeTuple> out = new ArrayList<>();
    Set<String> explicit = new HashSet<>();
    List<MappingNode> merged = new ArrayList<>();
    for (NodeTuple t : tuples) {
      if (Tag.MERGE.equals(t.getKeyNode().getTag())) {
        Node v = t.getValueNode();
        if (v instanceof MappingNode mm) {
          merged.add(mm);
        } else if (v instanceof SequenceNode s) {
          for (Node n : s.getValue()) {
            if (n instanceof MappingNode mm) {
              merged.add(mm);
            }
          }
        }
      } else {
        out.add(t);
        if (t.getKeyNode() instanceof ScalarNode k) {
          explicit.add(k.getValue());
        }
      }
    }
    for (MappingNode mm : merged) {
      for (NodeTuple t : mm.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && explicit.add(k.getValue())) {
          out.add(t);
        }
      }
    }
    return out;
  }
}

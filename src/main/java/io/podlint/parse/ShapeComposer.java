package io.podlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer, measuring each document's shape while it composes it: the nodes in
 * document order, their depth and the duplicate keys of each mapping. A document without anchors
 * (so without aliases: they only refer to anchors of their own document) is then checked without
 * walking its tree a second time; one with anchors is left to {@link YamlParser}'s walk, which
 * counts alias expansions. The outcome is the walk's: the duplicate keys of the mappings it
 * visits before the first node past a bound, in its order, and that bound's message.
 */
final class ShapeComposer extends Composer {
  private int visits;
  private int depth;
  private boolean anchored;
  /** The document-order index of the first node past a bound, and the bound's message. */
  private int limitAt;
  private String limit;
  /** Duplicate-key problems with the index of their mapping, in the order mappings end. */
  private final List<ParseProblem> duplicates = new ArrayList<>();
  private final List<Integer> duplicateAt = new ArrayList<>();
  private final List<ParseProblem> scratch = new ArrayList<>();

  ShapeComposer(Parser parser, Resolver resolver, LoaderOptions options) {
    super(parser, resolver, options);
  }

  @Override
  public Node getNode() {
    visits = 0;
    depth = 0;
    anchored = false;
    limitAt = Integer.MAX_VALUE;
    limit = null;
    duplicates.clear();
    duplicateAt.clear();
    return super.getNode();
  }

  /** A node starts, at the depth of its open ancestors: returns its index in document order. */
  private int enter(String anchor) {
    int index = ++visits;
    anchored |= anchor != null;
    if (limit == null) {
      if (index > YamlParser.MAX_EXPANDED_NODES) {
        limit = YamlParser.tooManyNodes();
        limitAt = index;
      } else if (depth > YamlParser.MAX_DEPTH) {
        limit = YamlParser.tooDeep();
        limitAt = index;
      }
    }
    depth++;
    return index;
  }

  @Override
  protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
    enter(anchor);
    Node n = super.composeScalarNode(anchor, blockComments);
    depth--;
    return n;
  }

  @Override
  protected Node composeSequenceNode(String anchor) {
    enter(anchor);
    Node n = super.composeSequenceNode(anchor);
    depth--;
    return n;
  }

  @Override
  protected Node composeMappingNode(String anchor) {
    int index = enter(anchor);
    Node n = super.composeMappingNode(anchor);
    depth--;
    if (!anchored && n instanceof MappingNode m) {
      scratch.clear();
      YamlParser.reportDuplicateKeys(m.getValue(), scratch);
      for (ParseProblem p : scratch) {
        duplicates.add(p);
        duplicateAt.add(index);
      }
    }
    return n;
  }

  /**
   * Adds the last document's duplicate keys to {@code problems} and returns the message of the
   * bound it passes, or null, exactly as walking it would.
   */
  String finish(Node root, List<ParseProblem> problems) {
    if (anchored) {
      return YamlParser.checkShape(root, problems);
    }
    if (!duplicates.isEmpty()) {
      // Mappings end children first; the walk reports each one when it enters it.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < duplicates.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Integer.compare(duplicateAt.get(a), duplicateAt.get(b)));
      for (int i : order) {
        if (duplicateAt.get(i) < limitAt) {
          problems.add(duplicates.get(i));
        }
      }
    }
    return limit;
  }
}

package io.podlint.parse;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver with a shortcut for the commonest plain scalar: a word longer than five
 * characters that starts with a letter ({@code namespace}, {@code nodeSelector}, {@code nginx:1.27}).
 * No implicit type (bool, null, int, float, merge, timestamp) matches such a text, yet the
 * resolver would try the boolean and null patterns for every key starting with n, y, t, f or o.
 */
final class WordResolver extends Resolver {
  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind == NodeId.scalar && implicit && value.length() > 5) {
      char c = value.charAt(0);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return Tag.STR;
      }
    }
    return super.resolve(kind, value, implicit);
  }
}

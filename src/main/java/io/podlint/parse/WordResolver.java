package io.podlint.parse;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver with a shortcut for the commonest plain scalar: a word that starts with a
 * letter ({@code name}, {@code namespace}, {@code nginx:1.27}). Of the implicit types only bool
 * and null can match such a text, and only as one of a few exact words; the resolver would try
 * their patterns for every key starting with n, y, t, f or o.
 */
final class WordResolver extends Resolver {
  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
      char c = value.charAt(0);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return value.length() > 5 ? Tag.STR : shortWord(value);
      }
    }
    return super.resolve(kind, value, implicit);
  }

  /** The words of SnakeYAML's BOOL and NULL patterns. */
  private static Tag shortWord(String value) {
    return switch (value) {
      case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
          "off", "Off", "OFF" -> Tag.BOOL;
      case "null", "Null", "NULL" -> Tag.NULL;
      default -> Tag.STR;
    };
  }
}

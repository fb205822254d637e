package io.podlint.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts a composed YAML tree to a Jackson tree, the way the API server's YAML-to-JSON step
 * would (YAML 1.1 booleans and integers included), without reading the text again.
 */
public final class JsonTree {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonTree() {}

  public static JsonNode of(YamlNode node) {
    return convert(node, 0);
  }

  private static JsonNode convert(YamlNode node, int depth) {
    if (node.isMissing() || node.isNull()) {
      return F.nullNode();
    }
    if (depth > YamlParser.MAX_DEPTH) {
      return F.nullNode();
    }
    if (node.isMapping()) {
      ObjectNode o = F.objectNode();
      for (YamlNode.Entry e : node.entries()) {
        String key = e.key() != null ? e.key() : String.valueOf(e.keyNode().text());
        o.set(key, convert(e.value(), depth + 1));
      }
      return o;
    }
    if (node.isSequence()) {
      ArrayNode a = F.arrayNode();
      for (YamlNode item : node.items()) {
        a.add(convert(item, depth + 1));
      }
      return a;
    }
    return scalar(node);
  }

  private static JsonNode scalar(YamlNode node) {
    String text = node.text();
    Tag tag = node.tag();
    if (Tag.INT.equals(tag)) {
      Long v = Scalars.parseInt(text);
      if (v != null) {
        return F.numberNode(v);
      }
      try {
        return F.numberNode(new BigInteger(text.replace("_", "")));
      } catch (NumberFormatException e) {
        return F.textNode(text);
      }
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return F.numberNode(new BigDecimal(text.replace("_", "")));
      } catch (NumberFormatException e) {
        return F.textNode(text); // .inf / .nan have no JSON form

      }
    }
    if (Tag.BOOL.equals(tag)) {
      return F.booleanNode(Scalars.parseBool(text));
    }
    return F.textNode(text);
  }
}

package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podlint.parse.Scalars;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON the API server receives for a manifest: plain scalars typed as kubectl types them
 * ({@link GoYamlScalars}), integral floats as integers (Go's JSON encoding writes {@code 8.0} as
 * {@code 8}), and keys with a null value left out, because the API server treats them as unset.
 */
final class ManifestJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Resolver SNAKE_RESOLVER = new Resolver();
  private static final BigDecimal JSON_INTEGER_LIMIT = new BigDecimal("1e21");

  /**
   * @param json the converted document
   * @param hasBase60 a plain scalar such as {@code 1:30} was kept as a string
   * @param hasPatchDirective a key such as {@code $patch} shows a strategic-merge patch
   */
  record Result(JsonNode json, boolean hasBase60, boolean hasPatchDirective) {}

  private final boolean base60AsNumbers;
  private boolean sawBase60;
  private boolean sawPatchDirective;

  private ManifestJson(boolean base60AsNumbers) {
    this.base60AsNumbers = base60AsNumbers;
  }

  /**
   * @param base60AsNumbers read {@code 1:30} as 90, as YAML 1.1 parsers with base-60 support
   *     (PyYAML, SnakeYAML, Ruby) do, instead of as kubectl does
   */
  static Result of(YamlNode root, boolean base60AsNumbers) {
    ManifestJson converter = new ManifestJson(base60AsNumbers);
    JsonNode json = converter.convert(root.raw(), 0);
    return new Result(json, converter.sawBase60, converter.sawPatchDirective);
  }

  /** Typing of single scalars and keys as {@link #of} does, for {@link QuickSchema}. */
  static ScalarTyping scalars() {
    return new ScalarTyping(new ManifestJson(false));
  }

  /** See {@link #scalars()}. */
  static final class ScalarTyping {
    private final ManifestJson converter;

    private ScalarTyping(ManifestJson converter) {
      this.converter = converter;
    }

    /** The JSON value of a scalar: JSON null for the YAML nulls. */
    JsonNode value(ScalarNode node) {
      return isNull(node) ? F.nullNode() : converter.scalar(node);
    }

    /** The JSON key of a mapping key, or null for a key that is not a scalar. */
    String key(Node keyNode) {
      return keyNode instanceof ScalarNode ? converter.key(keyNode) : null;
    }

    /** Whether a plain scalar such as {@code 1:30} was seen (its reading depends on the parser). */
    boolean sawBase60() {
      return converter.sawBase60;
    }
  }

  private JsonNode convert(Node node, int depth) {
    if (node == null || isNull(node) || depth > YamlParser.MAX_DEPTH) {
      return F.nullNode();
    }
    if (node instanceof MappingNode) {
      ObjectNode o = F.objectNode();
      for (NodeTuple t : YamlNode.rawEntries(node)) {
        JsonNode value = convert(t.getValueNode(), depth + 1);
        String key = key(t.getKeyNode());
        sawPatchDirective |= isPatchDirective(key);
        if (value.isNull()) {
          o.remove(key); // a later null still unsets an earlier duplicate
        } else {
          o.set(key, value);
        }
      }
      return o;
    }
    if (node instanceof SequenceNode s) {
      ArrayNode a = F.arrayNode();
      for (Node item : s.getValue()) {
        a.add(convert(item, depth + 1));
      }
      return a;
    }
    return scalar((ScalarNode) node);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** Strategic-merge-patch directives (kustomize patches): {@code $patch}, {@code $retainKeys}... */
  static boolean isPatchDirective(String key) {
    return key.startsWith("$") && (key.startsWith("$patch") || key.startsWith("$retainKeys")
        || key.startsWith("$setElementOrder/") || key.startsWith("$deleteFromPrimitiveList/"));
  }

  /** Keys as sigs.k8s.io/yaml writes them: a boolean or number key becomes its JSON text. */
  private String key(Node keyNode) {
    if (!(keyNode instanceof ScalarNode k)) {
      return "?";
    }
    if (Tag.STR.equals(k.getTag()) && (!k.isPlain() || GoYamlScalars.isPlainWord(k.getValue()))) {
      return k.getValue(); // what scalar() gives such a key, without building a JSON node: most keys
    }
    if (isNull(k)) {
      return "null";
    }
    JsonNode json = scalar(k);
    return json.isTextual() ? json.textValue() : json.toString();
  }

  private JsonNode scalar(ScalarNode node) {
    String text = node.getValue();
    if (!node.isPlain()) {
      return tagged(node.getTag(), text);
    }
    Object v = GoYamlScalars.resolve(text);
    if (!agrees(v, node.getTag()) && hasExplicitTag(node)) {
      return tagged(node.getTag(), text);
    }
    if (v instanceof String str) {
      if (GoYamlScalars.isBase60(str)) {
        sawBase60 = true;
        if (base60AsNumbers) {
          return number(GoYamlScalars.base60Value(str));
        }
      }
      return F.textNode(str);
    }
    if (v instanceof Boolean b) {
      return F.booleanNode(b);
    }
    if (v instanceof BigInteger i) {
      return i.bitLength() < 64 ? F.numberNode(i.longValue()) : F.numberNode(i);
    }
    if (v instanceof BigDecimal d) {
      return number(d);
    }
    if (v instanceof Double d) {
      // .inf and .nan have no JSON form: kubectl fails to send them. Keep the text, so that the
      // schema reports a wrong type instead of the validator failing on a non-number.
      return Double.isFinite(d) ? F.numberNode(d) : F.textNode(text);
    }
    return F.nullNode();
  }

  private static JsonNode number(BigDecimal d) {
    if (d.abs().compareTo(JSON_INTEGER_LIMIT) < 0 && d.stripTrailingZeros().scale() <= 0) {
      BigInteger i = d.toBigInteger();
      return i.bitLength() < 64 ? F.numberNode(i.longValue()) : F.numberNode(i);
    }
    return F.numberNode(d);
  }

  /** Whether SnakeYAML's tag says the same as go-yaml's value (then an explicit tag changes nothing). */
  private static boolean agrees(Object goValue, Tag tag) {
    if (goValue instanceof String) {
      return Tag.STR.equals(tag);
    }
    if (goValue instanceof Boolean) {
      return Tag.BOOL.equals(tag);
    }
    if (goValue instanceof BigInteger) {
      return Tag.INT.equals(tag);
    }
    return goValue == GoYamlScalars.NULL ? Tag.NULL.equals(tag) : Tag.FLOAT.equals(tag);
  }

  /** A plain scalar whose tag differs from what SnakeYAML would infer carries an explicit tag. */
  private static boolean hasExplicitTag(ScalarNode node) {
    return !SNAKE_RESOLVER.resolve(NodeId.scalar, node.getValue(), true).equals(node.getTag());
  }

  private static JsonNode tagged(Tag tag, String text) {
    if (Tag.INT.equals(tag)) {
      Long v = Scalars.parseInt(text);
      return v != null ? F.numberNode(v) : F.textNode(text);
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return number(new BigDecimal(text.replace("_", "")));
      } catch (NumberFormatException e) {
        return F.textNode(text);
      }
    }
    if (Tag.BOOL.equals(tag)) {
      return F.booleanNode(Scalars.parseBool(text));
    }
    return F.textNode(text);
  }
}

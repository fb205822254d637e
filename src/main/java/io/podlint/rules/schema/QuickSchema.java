package io.podlint.rules.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A fast, conservative pre-check of a manifest against a JSON Schema, walked on the YAML tree
 * itself. Most objects are valid, and for them this skips both the conversion to JSON and the
 * full validator, which together cost more than any rule.
 *
 * <p>It answers {@link Verdict#VALID} only when the full validator would report no error, with
 * the JSON {@link ManifestJson} would send it. Whatever it is not sure of (a keyword it does not
 * know, a base-60 scalar, a patch directive, a duplicate key, a failed constraint, deep nesting)
 * makes it answer {@link Verdict#UNSURE}, and the object then goes through the full validator,
 * which also explains each error. {@link Verdict#INVALID} is only used inside, to decide
 * {@code if}/{@code then}/{@code else}.
 */
final class QuickSchema {
  enum Verdict { VALID, INVALID, UNSURE }

  /** Keywords without effect on validity (annotations). */
  private static final Set<String> ANNOTATIONS = Set.of("description", "$comment", "title", "default",
      "examples", "contentEncoding", "contentMediaType", "deprecated", "readOnly", "writeOnly", "$defs", "$schema");
  private static final Set<String> ASSERTIONS = Set.of("type", "properties", "additionalProperties", "required",
      "items", "const", "enum", "pattern", "format", "$ref", "allOf", "if", "then", "else");
  /** Deeper objects are rare; leave them to the full validator (and its limits). */
  private static final int MAX_DEPTH = 64;
  private static final int OBJECT = 1;
  private static final int ARRAY = 2;
  private static final int STRING = 4;
  private static final int INTEGER = 8;
  private static final int NUMBER = 16;
  private static final int BOOLEAN = 32;
  private static final int NULL = 64;
  /** RFC 3339 date-time, as the {@code date-time} format asks. */
  private static final Pattern DATE_TIME = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})");

  private final Shape root;

  private QuickSchema(Shape root) {
    this.root = root;
  }

  /** Compiles the schema at {@code pointer} (such as {@code /$defs/io.k8s.api.core.v1.Pod}) of a document whose {@code $ref}s are local. */
  static QuickSchema compile(JsonNode document, String pointer) {
    return new QuickSchema(new Compiler(document).shape(pointer));
  }

  /** Whether the object is certainly valid. */
  boolean isValid(Node object) {
    ManifestJson.ScalarTyping scalars = ManifestJson.scalars();
    return check(object, root, scalars, 0) == Verdict.VALID && !scalars.sawBase60();
  }

  /** One compiled schema. Fields are set once, while compiling; {@code $ref} cycles share shapes. */
  private static final class Shape {
    boolean unsupported;
    boolean never;
    int types;
    Map<String, Shape> properties = Map.of();
    boolean closed;
    Shape additional;
    Set<String> required = Set.of();
    Shape items;
    JsonNode constValue;
    List<JsonNode> enumValues;
    Pattern pattern;
    boolean dateTime;
    List<Shape> all = List.of();
    Shape ifShape;
    Shape thenShape;
    Shape elseShape;
  }

  private static final class Compiler {
    private final JsonNode document;
    private final Map<String, Shape> byPointer = new HashMap<>();

    Compiler(JsonNode document) {
      this.document = document;
    }

    Shape shape(String pointer) {
      Shape known = byPointer.get(pointer);
      if (known != null) {
        return known;
      }
      Shape s = new Shape();
      byPointer.put(pointer, s);
      JsonNode node;
      try {
        node = document.at(JsonPointer.compile(pointer));
      } catch (IllegalArgumentException e) {
        node = null;
      }
      fill(s, node);
      return s;
    }

    private Shape inline(JsonNode node) {
      Shape s = new Shape();
      fill(s, node);
      return s;
    }

    private void fill(Shape s, JsonNode node) {
      if (node == null || node.isMissingNode()) {
        s.unsupported = true;
        return;
      }
      if (node.isBoolean()) {
        s.never = !node.booleanValue();
        return;
      }
      if (!node.isObject()) {
        s.unsupported = true;
        return;
      }
      List<Shape> all = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String k = e.getKey();
        JsonNode v = e.getValue();
        if (ANNOTATIONS.contains(k)) {
          continue;
        }
        if (!ASSERTIONS.contains(k)) {
          s.unsupported = true;
          return;
        }
        switch (k) {
          case "type" -> s.types = types(v);
          case "properties" -> {
            Map<String, Shape> props = new HashMap<>();
            v.properties().forEach(p -> props.put(p.getKey(), inline(p.getValue())));
            s.properties = props;
          }
          case "additionalProperties" -> {
            if (v.isBoolean()) {
              s.closed = !v.booleanValue();
            } else {
              s.additional = inline(v);
            }
          }
          case "required" -> {
            List<String> names = new ArrayList<>();
            v.forEach(r -> names.add(r.asText()));
            s.required = Set.copyOf(names);
          }
          case "items" -> s.items = v.isArray() ? unsupported() : inline(v);
          case "const" -> s.constValue = v;
          case "enum" -> {
            List<JsonNode> values = new ArrayList<>();
            v.forEach(values::add);
            s.enumValues = values;
          }
          case "pattern" -> s.pattern = Pattern.compile(v.asText());
          case "format" -> {
            if ("date-time".equals(v.asText())) {
              s.dateTime = true;
            } else {
              s.unsupported = true;
            }
          }
          case "$ref" -> {
            String ref = v.asText();
            if (ref.startsWith("#")) {
              all.add(shape(ref.substring(1)));
            } else {
              s.unsupported = true;
            }
          }
          case "allOf" -> {
            for (JsonNode member : v) {
              all.add(inline(member));
            }
          }
          case "if" -> s.ifShape = inline(v);
          case "then" -> s.thenShape = inline(v);
          case "else" -> s.elseShape = inline(v);
          default -> s.unsupported = true;
        }
      }
      s.all = List.copyOf(all);
    }

    private static Shape unsupported() {
      Shape s = new Shape();
      s.unsupported = true;
      return s;
    }

    private static int types(JsonNode v) {
      int mask = 0;
      for (JsonNode t : v.isArray() ? v : List.of(v)) {
        mask |= switch (t.asText()) {
          case "object" -> OBJECT;
          case "array" -> ARRAY;
          case "string" -> STRING;
          case "integer" -> INTEGER;
          case "number" -> NUMBER | INTEGER;
          case "boolean" -> BOOLEAN;
          case "null" -> NULL;
          default -> 0;
        };
      }
      return mask;
    }
  }

  private static Verdict check(Node node, Shape s, ManifestJson.ScalarTyping scalars, int depth) {
    return check(node, node instanceof ScalarNode sn ? scalars.value(sn) : null, s, scalars, depth);
  }

  /** @param scalar the JSON value of {@code node} when it is a scalar, else null */
  private static Verdict check(Node node, JsonNode scalar, Shape s, ManifestJson.ScalarTyping scalars, int depth) {
    if (s.unsupported || depth > MAX_DEPTH) {
      return Verdict.UNSURE;
    }
    if (s.never) {
      return Verdict.INVALID;
    }
    int actual = node instanceof MappingNode ? OBJECT : node instanceof SequenceNode ? ARRAY : typeOf(scalar);
    if (actual == 0) {
      return Verdict.UNSURE;
    }
    if (s.types != 0 && (s.types & actual) == 0) {
      // A fractional number where an integer is expected: the validator's own call.
      return actual == NUMBER ? Verdict.UNSURE : Verdict.INVALID;
    }
    Verdict v = values(scalar, s);
    if (v != Verdict.VALID) {
      return v;
    }
    if (node instanceof MappingNode m && (v = object(m, s, scalars, depth)) != Verdict.VALID) {
      return v;
    }
    if (node instanceof SequenceNode seq && s.items != null) {
      for (Node item : seq.getValue()) {
        if ((v = check(item, s.items, scalars, depth + 1)) != Verdict.VALID) {
          return v;
        }
      }
    }
    for (Shape part : s.all) {
      if ((v = check(node, scalar, part, scalars, depth)) != Verdict.VALID) {
        return v;
      }
    }
    if (s.ifShape != null) {
      Verdict condition = check(node, scalar, s.ifShape, scalars, depth);
      Shape branch = condition == Verdict.VALID ? s.thenShape : condition == Verdict.INVALID ? s.elseShape : null;
      if (condition == Verdict.UNSURE) {
        return Verdict.UNSURE;
      }
      if (branch != null && (v = check(node, scalar, branch, scalars, depth)) != Verdict.VALID) {
        return v;
      }
    }
    return Verdict.VALID;
  }

  /** {@code const}, {@code enum}, {@code pattern} and {@code format}, which only scalars can fail here. */
  private static Verdict values(JsonNode scalar, Shape s) {
    if (s.constValue != null && !s.constValue.equals(scalar)) {
      return scalar != null && scalar.isTextual() && s.constValue.isTextual() ? Verdict.INVALID : Verdict.UNSURE;
    }
    if (s.enumValues != null && (scalar == null || !s.enumValues.contains(scalar))) {
      return Verdict.UNSURE;
    }
    if (scalar != null && scalar.isTextual() && (s.pattern != null || s.dateTime)) {
      String text = scalar.textValue();
      boolean multiline = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
      if (s.pattern != null && (multiline || !s.pattern.matcher(text).find())) {
        return Verdict.UNSURE;
      }
      if (s.dateTime && !DATE_TIME.matcher(text).matches()) {
        return Verdict.UNSURE;
      }
    }
    return Verdict.VALID;
  }

  private static Verdict object(MappingNode m, Shape s, ManifestJson.ScalarTyping scalars, int depth) {
    List<NodeTuple> entries = io.podlint.parse.YamlNode.rawEntries(m);
    int n = entries.size();
    String[] keys = new String[n];
    Set<String> large = n > 16 ? new HashSet<>(n * 2) : null;
    int requiredPresent = 0; // keys are unique here: duplicates are left to the full validator
    for (int i = 0; i < n; i++) {
      NodeTuple t = entries.get(i);
      String key = scalars.key(t.getKeyNode());
      if (key == null || key.startsWith("$") || (large != null ? !large.add(key) : isDuplicate(key, keys, i))) {
        return Verdict.UNSURE; // non-scalar or duplicate keys, patch directives
      }
      keys[i] = key;
      Node value = t.getValueNode();
      JsonNode scalar = value instanceof ScalarNode sv ? scalars.value(sv) : null;
      if (scalar != null && scalar.isNull()) {
        continue; // a key with a null value is left out of the JSON
      }
      if (!s.required.isEmpty() && s.required.contains(key)) {
        requiredPresent++;
      }
      Shape property = s.properties.get(key);
      if (property == null && s.closed) {
        return Verdict.INVALID;
      }
      Shape target = property != null ? property : s.additional;
      Verdict v;
      if (target != null && (v = check(value, scalar, target, scalars, depth + 1)) != Verdict.VALID) {
        return v;
      }
    }
    if (requiredPresent < s.required.size()) {
      return Verdict.INVALID;
    }
    return Verdict.VALID;
  }

  /** Whether {@code key} is among the first {@code count} keys: pairwise, as most mappings are small. */
  private static boolean isDuplicate(String key, String[] keys, int count) {
    for (int i = 0; i < count; i++) {
      if (key.equals(keys[i])) {
        return true;
      }
    }
    return false;
  }

  private static int typeOf(JsonNode scalar) {
    if (scalar == null) {
      return 0;
    }
    return switch (scalar.getNodeType()) {
      case STRING -> STRING;
      case BOOLEAN -> BOOLEAN;
      case NULL -> NULL;
      case NUMBER -> scalar.isIntegralNumber() ? INTEGER | NUMBER : NUMBER;
      default -> 0;
    };
  }
}

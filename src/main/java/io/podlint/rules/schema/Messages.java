package io.podlint.rules.schema;

import io.podlint.model.ContainerView;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Text;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** The texts of schema findings: what is wrong, where, what the API server does, and the fix. */
final class Messages {
  private static final String DECODE = "the API server cannot decode the object (400 BadRequest)";

  private Messages() {}

  static String unknownField(String key, YamlNode holder, ContainerView c, String suggestion, List<String> allowed) {
    String where;
    if (c != null && holder.raw() == c.node().raw()) {
      where = Placement.describe(c) + " has an unknown field \"" + key + "\"";
    } else {
      String field = Placement.field(holder, c);
      where = prefix(c) + "unknown field \"" + key + "\"" + (field.isEmpty() ? " at the top level" : " in " + field);
    }
    String hint;
    if (suggestion != null) {
      hint = " (did you mean \"" + suggestion + "\"?"
          + (suggestion.equalsIgnoreCase(key) ? " Field names are case-sensitive" : "") + ")";
    } else if (!allowed.isEmpty() && allowed.size() <= 10) {
      hint = " (allowed: " + String.join(", ", allowed) + ")";
    } else {
      hint = "";
    }
    return where + hint + "; kubectl rejects it under strict field validation (its default), other clients drop it silently, so it has no effect";
  }

  static String missingRequired(String field, YamlNode holder, ContainerView c, String kind) {
    String where;
    if (c != null && holder.raw() == c.node().raw()) {
      where = Placement.describe(c);
    } else {
      String path = Placement.field(holder, c);
      where = prefix(c) + (path.isEmpty() ? "the " + kind : path);
    }
    return where + " lacks the required field \"" + field + "\"; the API server rejects the object (422 Required value)";
  }

  /**
   * @param allowed the field's enum values, if it has any: then they are what it "must be"
   */
  static String emptyItem(YamlNode node, ContainerView c, List<String> required) {
    return prefix(c) + Placement.field(node, c) + " is an empty list item, which the API server reads as an object"
        + " without its required " + (required.size() == 1 ? "field " : "fields ") + Text.quotedList(required, "and")
        + "; it rejects the object (422 Required value). Remove the item or fill it in";
  }

  static String wrongType(YamlNode node, ContainerView c, List<String> expected, String actual, List<String> allowed) {
    String placeholder = templatePlaceholder(node);
    if (placeholder != null) {
      return prefix(c) + Placement.field(node, c) + " is the unrendered template placeholder " + placeholder
          + ", which YAML reads as a mapping; " + DECODE + ". Lint the rendered manifests instead of the template";
    }
    String must = allowed.isEmpty() ? expectedText(expected) : "one of " + Text.quotedList(allowed, "or");
    String message = prefix(c) + Placement.field(node, c) + " must be " + must + ", not " + actualText(node, actual)
        + "; " + DECODE;
    String fix = allowed.isEmpty() ? fix(node, expected, actual) : null;
    return fix == null ? message : message + ". " + fix;
  }

  /** {@code {{name}}} when the node is such a placeholder (a flow mapping whose only key is a mapping). */
  private static String templatePlaceholder(YamlNode node) {
    List<YamlNode.Entry> entries = node.entries();
    if (entries.size() != 1 || !entries.get(0).keyNode().isMapping() || entries.get(0).value().hasValue()) {
      return null;
    }
    List<YamlNode.Entry> inner = entries.get(0).keyNode().entries();
    return inner.size() == 1 && inner.get(0).key() != null ? "{{" + inner.get(0).key() + "}}" : null;
  }

  static String implicitType(YamlNode node, ContainerView c) {
    String text = node.text();
    Object value = GoYamlScalars.resolve(text);
    String reading = value instanceof Boolean b ? "the boolean " + b : "the octal number " + value;
    return prefix(c) + Placement.field(node, c) + ": unquoted " + text + " is " + reading
        + " in YAML 1.1 (kubectl, Helm), but the field takes a string; " + DECODE + ". Quote it: "
        + assignment(node, quoted(text));
  }

  static String sexagesimal(YamlNode node, ContainerView c) {
    String text = node.text();
    return prefix(c) + Placement.field(node, c) + ": unquoted " + text + " is the number "
        + GoYamlScalars.base60Value(text).toPlainString() + " for YAML 1.1 parsers with base-60 numbers (PyYAML, Ruby,"
        + " SnakeYAML, Ansible), which this string field rejects; kubectl and Helm keep it as text. Quote it: "
        + assignment(node, quoted(text));
  }

  static String invalidEnum(YamlNode node, ContainerView c, String value, List<String> allowed, boolean isConst) {
    String field = Placement.field(node, c);
    String shown = value == null ? valueText(node) : "\"" + value + "\"";
    if (isConst && allowed.size() == 1) {
      return prefix(c) + field + " must be \"" + allowed.get(0) + "\", not " + shown + "; the API server rejects the object (422 Unsupported value)";
    }
    return prefix(c) + field + " " + shown + " is not one of " + Text.quotedList(allowed, "or")
        + (value == null ? "" : Text.didYouMean(value, allowed)) + "; the API server rejects the object (422 Unsupported value)";
  }

  /** A value that a newer release knows but the target release does not. */
  static String enumNotInRelease(YamlNode node, ContainerView c, String value, List<String> allowed,
      io.podlint.k8s.KubernetesVersion release) {
    return prefix(c) + "Kubernetes " + release + " does not know the value \"" + value + "\" of " + Placement.field(node, c)
        + ": supported values there are " + Text.quotedList(allowed, "and")
        + "; its API server rejects the object (422 Unsupported value). Use one of them, or upgrade the cluster";
  }

  static String invalidQuantity(YamlNode node, ContainerView c) {
    String text = node.text();
    List<String> suggestions = Quantities.suggestions(text);
    String dym = suggestions.isEmpty() ? "" : " (did you mean " + Text.quotedList(suggestions, "or") + "?)";
    return prefix(c) + Placement.field(node, c) + " \"" + text + "\" is not a valid quantity" + dym + "; " + DECODE
        + ". Suffixes are case-sensitive: Ki, Mi, Gi, Ti (powers of 1024) or k, M, G, T (powers of 1000)";
  }

  static String invalidBase64(YamlNode node, ContainerView c) {
    return prefix(c) + Placement.field(node, c) + " is not valid base64; " + DECODE
        + ". Encode the value (printf %s VALUE | base64 -w0) or put the plain text under stringData";
  }

  static String constraint(YamlNode node, ContainerView c, String validatorMessage) {
    String m = validatorMessage;
    int colon = m.indexOf(": ");
    if ((m.startsWith("/") || m.startsWith("$") || m.startsWith(":")) && colon >= 0) {
      m = m.substring(colon + 2);
    }
    String field = Placement.field(node, c);
    return prefix(c) + (field.isEmpty() ? "the object" : field) + ": " + m + "; the API server rejects the object (422 Invalid value)";
  }

  /** For an error whose node cannot be found in the YAML: the validator's own words. */
  static String generic(List<Object> path, String validatorMessage) {
    StringBuilder where = new StringBuilder();
    for (Object segment : path) {
      where.append(segment instanceof Integer ? "[" + segment + "]" : (where.length() == 0 ? "" : ".") + segment);
    }
    String m = validatorMessage.contains(": ") ? validatorMessage.substring(validatorMessage.indexOf(": ") + 2) : validatorMessage;
    return (where.length() == 0 ? "the object" : where) + ": " + m;
  }

  private static String prefix(ContainerView c) {
    return c == null ? "" : Placement.describe(c) + ": ";
  }

  private static String expectedText(List<String> expected) {
    List<String> types = expected.stream().filter(t -> !"null".equals(t)).toList();
    if (types.size() == 2 && types.contains("integer") && types.contains("string")) {
      return "an integer or a string";
    }
    if (types.size() == 2 && types.contains("number") && types.contains("string")) {
      return "a quantity (a number, or a string such as \"500m\" or \"1Gi\")";
    }
    if (types.size() != 1) {
      return "one of " + String.join(", ", types);
    }
    return switch (types.get(0)) {
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "object" -> "a mapping";
      case "array" -> "a list";
      default -> types.get(0);
    };
  }

  private static String actualText(YamlNode node, String actual) {
    return switch (actual) {
      case "string" -> "the string " + quoted(node.text());
      case "integer", "number" -> "the number " + node.text();
      case "boolean" -> "the boolean " + GoYamlScalars.resolve(node.text())
          + (node.text().equalsIgnoreCase(String.valueOf(GoYamlScalars.resolve(node.text()))) ? "" : " (written " + node.text() + ")");
      case "object" -> "a mapping";
      case "array" -> "a list";
      default -> actual;
    };
  }

  private static String valueText(YamlNode node) {
    if (node.isScalar()) {
      return node.text();
    }
    return node.isMapping() ? "a mapping" : node.isSequence() ? "a list" : "null";
  }

  /** A suggested rewrite of the value, or null. */
  private static String fix(YamlNode node, List<String> expected, String actual) {
    boolean scalar = node.isScalar();
    String text = node.text();
    if (scalar && expected.stream().filter(t -> !"null".equals(t)).toList().equals(List.of("string"))
        && !"string".equals(actual)) {
      return "Quote it: " + assignment(node, quoted(text));
    }
    if (scalar && "string".equals(actual) && (expected.contains("integer") || expected.contains("number"))
        && isInteger(text.strip())) {
      return "Remove the quotes: " + assignment(node, text.strip());
    }
    if (scalar && "string".equals(actual) && expected.equals(List.of("boolean"))
        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return "Remove the quotes: " + assignment(node, text.toLowerCase(Locale.ROOT));
    }
    if (scalar && "number".equals(actual) && expected.contains("integer")) {
      return "Use a whole number";
    }
    if (expected.equals(List.of("array"))) {
      return scalar ? "Write it as a list: " + assignment(node, "[" + ("string".equals(actual) ? quoted(text) : text) + "]")
          : node.isMapping() ? "Write it as a list: put \"- \" before its first field" : null;
    }
    return null;
  }

  private static boolean isInteger(String s) {
    try {
      new BigInteger(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** {@code key: value}, or {@code - value} for a list item. */
  private static String assignment(YamlNode node, String value) {
    String key = node.key();
    return key == null ? "- " + value : key + ": " + value;
  }

  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

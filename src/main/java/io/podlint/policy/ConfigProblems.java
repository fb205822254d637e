package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.parse.JsonSchemas;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JSON Schema errors of a config file as a user reads them: one line per mistake, starting
 * with the key ({@code failOn: ...}), at the key's line. Unknown keys get a "did you mean"; the
 * alternatives of a {@code oneOf} (a rule's true/false, severity or mapping) give one line, not
 * one per alternative.
 */
final class ConfigProblems {
  /** Rule ids are checked against the loaded policies instead, with a "did you mean" among them. */
  static final String RULE_NAMES = "/properties/rules/propertyNames";

  /** One mistake: where, and the message that starts with its key. */
  record Problem(Location location, String message) {}

  private final JsonNode schema;
  private final JsonNode instance;
  private final YamlNode root;

  private ConfigProblems(JsonNode schema, JsonNode instance, YamlNode root) {
    this.schema = schema;
    this.instance = instance;
    this.root = root;
  }

  /** The problems, sorted by location, each once. */
  static List<Problem> of(JsonNode schema, JsonNode instance, YamlNode root, List<JsonSchemas.SchemaError> errors) {
    return new ConfigProblems(schema, instance, root).translate(errors);
  }

  private List<Problem> translate(List<JsonSchemas.SchemaError> all) {
    List<JsonSchemas.SchemaError> errors = new ArrayList<>(all);
    errors.removeIf(e -> pointer(e).equals(RULE_NAMES));
    Set<Problem> out = new LinkedHashSet<>();
    for (JsonSchemas.SchemaError oneOf : all.stream().filter(e -> e.keyword().equals("oneOf")).toList()) {
      String base = pointer(oneOf) + "/";
      errors.removeIf(e -> e == oneOf);
      JsonNode value = instance.at(jsonPointer(oneOf.path()));
      int branch = matchingBranch(oneOf.schemaValue(), value);
      boolean detailed = branch >= 0 && !oneOf.schemaValue().get(branch).has("enum");
      // errors of the alternatives that the value does not even have the type of say nothing useful
      errors.removeIf(e -> e.path().equals(oneOf.path()) && pointer(e).startsWith(base)
          && !(detailed && pointer(e).startsWith(base + branch + "/") && !e.keyword().equals("type")));
      if (!detailed) {
        out.add(new Problem(root.follow(oneOf.path()).location(),
            key(oneOf.path()) + ": " + shown(value) + " is not valid here; use " + alternatives(oneOf.schemaValue())
                + enumHint(oneOf.schemaValue(), value)));
      }
    }
    for (JsonSchemas.SchemaError e : errors) {
      out.add(problem(e));
    }
    return out.stream().sorted(Comparator.comparing(Problem::location).thenComparing(Problem::message)).toList();
  }

  private Problem problem(JsonSchemas.SchemaError e) {
    List<Object> path = e.path();
    JsonNode value = instance.at(jsonPointer(path));
    switch (e.keyword()) {
      case "additionalProperties" -> {
        List<Object> child = append(path, e.property());
        JsonNode properties = schema.at(parent(pointer(e))).path("properties");
        Set<String> known = new TreeSet<>();
        properties.fieldNames().forEachRemaining(known::add);
        String hint = Text.didYouMean(e.property(), known);
        return new Problem(root.follow(child).keyLocation(), key(child) + ": unknown key"
            + (hint.isEmpty() ? "; use " + String.join(", ", known) : hint));
      }
      case "propertyNames" -> {
        List<Object> child = append(path, e.property());
        String pattern = e.schemaValue().path("pattern").asText("");
        return new Problem(root.follow(child).keyLocation(),
            key(child) + ": not a valid name" + (pattern.isEmpty() ? "" : " (it must match " + pattern + ")"));
      }
      case "enum" -> {
        return new Problem(root.follow(path).location(), key(path) + ": " + shown(value) + " is not one of "
            + Text.quotedList(strings(e.schemaValue()), "or") + Text.didYouMean(value.asText(), strings(e.schemaValue())));
      }
      case "type" -> {
        return new Problem(root.follow(path).location(), key(path) + ": must be " + types(e.schemaValue())
            + ", not " + typeName(value));
      }
      case "pattern" -> {
        // the schema's description says what the pattern means; the regular expression alone does not
        String what = schema.at(parent(pointer(e))).path("description").asText("");
        return new Problem(root.follow(path).location(), key(path) + ": " + shown(value) + " is not valid"
            + (what.isEmpty() ? " (it must match " + e.schemaValue().asText() + ")" : ": " + what));
      }
      case "minLength" -> {
        int min = e.schemaValue().asInt();
        return new Problem(root.follow(path).location(), key(path) + ": "
            + (min == 1 ? "must not be empty" : "must be at least " + min + " characters long"));
      }
      default -> {
        String m = e.message();
        int colon = m.indexOf(": ");
        return new Problem(root.follow(path).location(), key(path) + ": " + (colon >= 0 ? m.substring(colon + 2) : m));
      }
    }
  }

  /** The first alternative whose type the value has (an enum of strings takes any string). */
  private static int matchingBranch(JsonNode alternatives, JsonNode value) {
    for (int i = 0; i < alternatives.size(); i++) {
      JsonNode alt = alternatives.get(i);
      if (alt.has("type") ? hasType(value, alt.get("type"))
          : alt.has("enum") && value.isTextual()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasType(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (hasType(value, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "null" -> value.isNull();
      default -> false;
    };
  }

  /** {@code true or false, "error", "warning" or "info", or a mapping of enabled, severity and params}. */
  private static String alternatives(JsonNode alternatives) {
    List<String> out = new ArrayList<>();
    for (JsonNode alt : alternatives) {
      if (alt.has("enum")) {
        out.add(Text.quotedList(strings(alt.get("enum")), "or"));
      } else if (alt.path("type").asText().equals("object") && alt.has("properties")) {
        List<String> keys = new ArrayList<>();
        alt.get("properties").fieldNames().forEachRemaining(keys::add);
        out.add("a mapping of " + (keys.size() == 1 ? keys.get(0)
            : String.join(", ", keys.subList(0, keys.size() - 1)) + " and " + keys.get(keys.size() - 1)));
      } else if (alt.has("type")) {
        out.add(types(alt.get("type")));
      }
    }
    return out.size() == 1 ? out.get(0)
        : String.join(", ", out.subList(0, out.size() - 1)) + ", or " + out.get(out.size() - 1);
  }

  private static String enumHint(JsonNode alternatives, JsonNode value) {
    if (!value.isTextual()) {
      return "";
    }
    List<String> values = new ArrayList<>();
    alternatives.forEach(a -> values.addAll(strings(a.path("enum"))));
    return Text.didYouMean(value.asText(), values);
  }

  private static String types(JsonNode type) {
    if (!type.isArray()) {
      return typeWord(type.asText());
    }
    List<String> words = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode t : type) {
      if (t.asText().equals("null")) {
        nullable = true;
      } else {
        words.add(typeWord(t.asText()));
      }
    }
    return String.join(" or ", words) + (nullable ? " (or empty)" : "");
  }

  private static String typeWord(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "string" -> "a string";
      case "boolean" -> "true or false";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "null" -> "empty";
      default -> type;
    };
  }

  private static String typeName(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isTextual()) {
      return "the string " + shown(value);
    }
    if (value.isNull() || value.isMissingNode()) {
      return "empty";
    }
    return shown(value);
  }

  private static String shown(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isNull() || value.isMissingNode()) {
      return "an empty value";
    }
    return value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** {@code rules.bare-pod.severity}, {@code exclude[2]}. */
  static String key(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object seg : path) {
      if (seg instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        sb.append(sb.isEmpty() ? "" : ".").append(seg);
      }
    }
    return sb.isEmpty() ? "(the file)" : sb.toString();
  }

  private static String pointer(JsonSchemas.SchemaError e) {
    String loc = e.schemaLocation();
    int hash = loc.indexOf('#');
    return hash < 0 ? "" : loc.substring(hash + 1);
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static List<Object> append(List<Object> path, Object seg) {
    List<Object> out = new ArrayList<>(path);
    out.add(seg);
    return out;
  }

  private static String jsonPointer(List<Object> path) {
    return path.stream().map(s -> "/" + String.valueOf(s).replace("~", "~0").replace("/", "~1"))
        .collect(Collectors.joining());
  }
}

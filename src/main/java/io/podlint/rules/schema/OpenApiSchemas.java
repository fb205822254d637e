package io.podlint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CustomResourceDefinition's {@code openAPIV3Schema} (a structural schema) into a
 * strict JSON Schema 2020-12 that behaves like the API server: fields the schema does not
 * declare are unknown (the server prunes them, or rejects them under strict field validation)
 * unless {@code x-kubernetes-preserve-unknown-fields} is set; {@code metadata} is an ObjectMeta;
 * {@code x-kubernetes-int-or-string} accepts integers and strings. CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated.
 */
final class OpenApiSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String OBJECT_META = SchemaCatalog.BUNDLED_URI + "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
  private static final Set<String> COPIED = Set.of("enum", "required", "pattern", "minimum", "maximum",
      "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
      "multipleOf", "format");

  private OpenApiSchemas() {}

  /** The JSON Schema for a custom resource whose {@code openAPIV3Schema} is {@code openApi}. */
  static ObjectNode customResource(JsonNode openApi) {
    ObjectNode root = convert(openApi);
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    if (!root.has("type")) {
      root.put("type", "object");
    }
    ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
    addResourceFields(properties);
    if (!openApi.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !openApi.has("additionalProperties")) {
      root.put("additionalProperties", false);
    }
    return root;
  }

  private static void addResourceFields(ObjectNode properties) {
    properties.putObject("apiVersion").put("type", "string");
    properties.putObject("kind").put("type", "string");
    properties.putObject("metadata").put("$ref", OBJECT_META);
  }

  static ObjectNode convert(JsonNode s) {
    ObjectNode out = F.objectNode();
    if (!s.isObject()) {
      return out;
    }
    boolean intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
    for (Iterator<Map.Entry<String, JsonNode>> it = s.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      JsonNode v = e.getValue();
      switch (k) {
        case "type" -> {
          if (!intOrString) {
            out.set("type", v);
          }
        }
        case "properties" -> {
          ObjectNode props = out.putObject("properties");
          v.properties().forEach(p -> props.set(p.getKey(), convert(p.getValue())));
        }
        case "items" -> out.set("items", convert(v.isArray() && v.size() > 0 ? v.get(0) : v));
        case "additionalProperties", "not" -> out.set(k, v.isBoolean() ? v : convert(v));
        case "allOf", "anyOf", "oneOf" -> {
          if (!intOrString && v.isArray()) {
            ArrayNode list = out.putArray(k);
            v.forEach(item -> list.add(convert(item)));
          }
        }
        case "exclusiveMinimum", "exclusiveMaximum" -> {
          if (v.isNumber()) {
            out.set(k, v); // already JSON Schema style
          }
        }
        default -> {
          if (COPIED.contains(k)) {
            out.set(k, v);
          }
        }
      }
    }
    // OpenAPI 3.0: a boolean exclusiveMinimum qualifies minimum.
    exclusive(s, out, "exclusiveMinimum", "minimum");
    exclusive(s, out, "exclusiveMaximum", "maximum");
    if (intOrString) {
      out.set("type", F.arrayNode().add("integer").add("string"));
    }
    if (s.path("nullable").asBoolean(false) && out.has("type")) {
      ArrayNode types = F.arrayNode();
      JsonNode t = out.get("type");
      if (t.isArray()) {
        types.addAll((ArrayNode) t);
      } else {
        types.add(t);
      }
      out.set("type", types.add("null"));
    }
    if (s.path("x-kubernetes-embedded-resource").asBoolean(false)) {
      addResourceFields(out.has("properties") ? (ObjectNode) out.get("properties") : out.putObject("properties"));
    }
    boolean object = "object".equals(s.path("type").asText()) || s.has("properties");
    if (object && !s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !s.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    return out;
  }

  private static void exclusive(JsonNode s, ObjectNode out, String flag, String bound) {
    if (s.path(flag).asBoolean(false) && s.path(flag).isBoolean() && s.has(bound)) {
      out.set(flag, s.get(bound));
      out.remove(bound);
    }
  }
}

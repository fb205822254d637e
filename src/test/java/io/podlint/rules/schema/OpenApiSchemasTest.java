package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiSchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s);
  }

  @Test
  void structuralObjectsBecomeStrictUnlessTheyPreserveUnknownFields() throws Exception {
    JsonNode out = OpenApiSchemas.customResource(json("""
        {"type": "object", "properties": {
          "spec": {"type": "object", "properties": {"a": {"type": "string"}}},
          "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
          "map": {"type": "object", "additionalProperties": {"type": "integer"}}}}
        """));
    assertThat(out.get("additionalProperties").booleanValue()).isFalse();
    assertThat(out.at("/properties/spec/additionalProperties").booleanValue()).isFalse();
    assertThat(out.at("/properties/free").has("additionalProperties")).isFalse();
    assertThat(out.at("/properties/map/additionalProperties/type").asText()).isEqualTo("integer");
    assertThat(out.at("/properties/metadata/$ref").asText()).isEqualTo(OpenApiSchemas.OBJECT_META);
    assertThat(out.at("/properties/kind/type").asText()).isEqualTo("string");
  }

  @Test
  void intOrStringNullableAndExclusiveBounds() throws Exception {
    JsonNode out = OpenApiSchemas.convert(json("""
        {"type": "object", "properties": {
          "port": {"x-kubernetes-int-or-string": true, "anyOf": [{"type": "integer"}, {"type": "string"}]},
          "n": {"type": "integer", "nullable": true, "minimum": 0, "exclusiveMinimum": true},
          "s": {"type": "string", "description": "dropped", "x-kubernetes-validations": [{"rule": "self != ''"}]}}}
        """));
    assertThat(out.at("/properties/port/type").toString()).isEqualTo("[\"integer\",\"string\"]");
    assertThat(out.at("/properties/port").has("anyOf")).isFalse();
    assertThat(out.at("/properties/n/type").toString()).isEqualTo("[\"integer\",\"null\"]");
    assertThat(out.at("/properties/n/exclusiveMinimum").intValue()).isZero();
    assertThat(out.at("/properties/n").has("minimum")).isFalse();
    assertThat(out.at("/properties/s").toString()).isEqualTo("{\"type\":\"string\"}");
  }
}

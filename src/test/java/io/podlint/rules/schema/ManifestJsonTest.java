package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

  private static YamlNode yaml(String text) {
    return new YamlParser().parse("t.yaml", text).documents().get(0).root();
  }

  @Test
  void typesScalarsLikeKubectlAndDropsNullKeys() {
    JsonNode json = ManifestJson.of(yaml("""
        a: yes
        b: "yes"
        c: y
        d: 0755
        e: 1:30
        f: 3.0
        g: 0.5
        h: ~
        i:
        j: !!str 0755
        k: [null, 1]
        l: 2024-01-01
        """), false).json();
    assertThat(json.get("a").isBoolean()).isTrue();
    assertThat(json.get("b").textValue()).isEqualTo("yes");
    assertThat(json.get("c").booleanValue()).isTrue();
    assertThat(json.get("d").intValue()).isEqualTo(493);
    assertThat(json.get("e").textValue()).isEqualTo("1:30");
    assertThat(json.get("f").isIntegralNumber()).isTrue();
    assertThat(json.get("g").isIntegralNumber()).isFalse();
    assertThat(json.has("h")).isFalse();
    assertThat(json.has("i")).isFalse();
    assertThat(json.get("j").textValue()).isEqualTo("0755");
    assertThat(json.get("k").get(0).isNull()).isTrue();
    assertThat(json.get("l").textValue()).isEqualTo("2024-01-01");
  }

  @Test
  void base60CanBeReadAsNumbersForTheSecondPass() {
    ManifestJson.Result kubectl = ManifestJson.of(yaml("t: 1:30\n"), false);
    assertThat(kubectl.hasBase60()).isTrue();
    assertThat(ManifestJson.of(yaml("t: 1:30\n"), true).json().get("t").intValue()).isEqualTo(90);
    assertThat(ManifestJson.of(yaml("t: \"1:30\"\n"), false).hasBase60()).isFalse();
  }

  @Test
  void keysBecomeJsonTextAndPatchDirectivesAreNoticed() {
    ManifestJson.Result r = ManifestJson.of(yaml("on: 1\n80: x\n$patch: delete\n"), false);
    assertThat(r.json().has("true")).isTrue();
    assertThat(r.json().has("80")).isTrue();
    assertThat(r.hasPatchDirective()).isTrue();
  }

  @Test
  void aLaterNullUnsetsAnEarlierDuplicate() {
    JsonNode json = ManifestJson.of(yaml("a: 1\na: null\n"), false).json();
    assertThat(json.has("a")).isFalse();
  }
}

package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks that derive state from their parameters (quantities, registry patterns, reference kinds)
 * still refuse a bad parameter when the policy is loaded, before any manifest is read, in the
 * parameter record's words (not naming the Java class Jackson could not construct).
 */
class BadParamsAtLoadTest {
  private static final String COMMON = """
      category: resources
      severity: error
      summary: A summary long enough
      description: A description that is long enough to pass.
      consequence: Something happens.
      remediation: Do something.
      reference: "1.3 A reference"
      """;

  private static List<String> problems(String id, String check, String params) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("p/" + id + ".yaml", ("id: " + id + "\n" + COMMON + "check: " + check + "\nparams:\n" + params)
        .getBytes(StandardCharsets.UTF_8));
    List<String> out = new java.util.ArrayList<>();
    assertThatThrownBy(() -> new PolicyLoader().load(files)).isInstanceOf(PolicyException.class)
        .satisfies(e -> out.addAll(((PolicyException) e).problems()));
    return out;
  }

  @Test
  void aMinimumThatIsNoQuantity() {
    assertThat(problems("low", "resources-memory-limit-minimum", "  minimum: lots\n")).containsExactly(
        "p/low.yaml:10:1: bad params for check \"resources-memory-limit-minimum\": minimum: \"lots\" is not a quantity");
  }

  @Test
  void aNodeSizeThatIsNoQuantity() {
    assertThat(problems("node", "resources-node-capacity", "  largestNode: {cpu: x}\n")).containsExactly(
        "p/node.yaml:10:1: bad params for check \"resources-node-capacity\": largestNode.cpu: \"x\" is not a quantity");
  }

  @Test
  void anUnknownReferenceKind() {
    assertThat(problems("obj", "object-reference-missing", "  uses: [nope]\n")).containsExactly(
        "p/obj.yaml:10:1: bad params for check \"object-reference-missing\": unknown use \"nope\"; known: volume, env,"
            + " envFrom, imagePullSecret, serviceAccount, persistentVolumeClaim");
  }

  @Test
  void aRegistryPatternThatIsNoRegistry() {
    assertThat(problems("reg", "image-registry-allowlist", "  allowedRegistries: [\"bad registry!\"]\n"))
        .containsExactly("p/reg.yaml:10:1: bad params for check \"image-registry-allowlist\": allowed registry \"bad registry!\" must be"
            + " a registry host such as gcr.io or registry.example.com:5000, *.example.com, or a registry with a path"
            + " prefix such as ghcr.io/my-org (no scheme, no whitespace)");
  }

  @Test
  void aConfiguredOverrideIsRefusedInTheSameWords() {
    assertThatThrownBy(() -> PolicyLoader.rebind(Fixtures.policy("resources-memory-limit-too-low"),
        new ObjectMapper().createObjectNode().put("minimum", "lots")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum: \"lots\" is not a quantity");
  }

  @Test
  void derivedStateIsNoParameter() {
    // image-pull-policy-mutable once kept its compiled patterns in its parameter record, which
    // Jackson then also accepted as a parameter
    assertThatThrownBy(() -> PolicyLoader.rebind(Fixtures.policy("image-pull-policy-mutable"),
        new ObjectMapper().createObjectNode().set("patterns", new ObjectMapper().createArrayNode().add("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown parameter \"patterns\"; known: mutableTags");
  }

  @Test
  void aJsonSchemaThatIsNoObject() {
    assertThat(problems("js", "json-schema", "  schema: 12\n")).singleElement().asString()
        .startsWith("p/js.yaml:").contains("bad params for check \"json-schema\"")
        .contains("params.schema must be a JSON Schema object");
  }
}

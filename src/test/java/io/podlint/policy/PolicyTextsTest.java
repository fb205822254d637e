package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.rules.PolicyText;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A rule's words live in its policy file: the {@code texts:} a check fills are exactly those it
 * declares, with exactly the declared placeholders, in every built-in policy; a custom policy that
 * differs is refused with the file and line.
 */
class PolicyTextsTest {
  private static final String NAD = """
      id: my-nad
      category: custom
      severity: warning
      summary: A summary long enough
      description: A description that is long enough to pass.
      consequence: "Silent: something happens."
      remediation: Do something.
      sources: [https://example.com/runbook]
      check: nad-config
      params: {report: master-missing}
      """;

  @Test
  void everyBuiltInHoldsTheTextsItsCheckFillsAndNoOther() {
    int withTexts = 0;
    for (var p : Fixtures.builtIns().all()) {
      Map<String, List<String>> declared = new TreeMap<>();
      PolicyLoader.textsOf(p.check(), p.params()).forEach(t -> declared.put(t.name(), sorted(t.placeholders())));
      Map<String, List<String>> written = new TreeMap<>();
      p.policy().texts().forEach((name, template) -> written.put(name, sorted(PolicyText.placeholdersOf(template))));
      assertThat(written).as("texts and placeholders of %s (check %s)", p.id(), p.check().id()).isEqualTo(declared);
      withTexts += written.isEmpty() ? 0 : 1;
    }
    assertThat(withTexts).as("policies with texts").isPositive();
  }

  @Test
  void fillReplacesNamedPlaceholdersOnce() {
    var t = PolicyText.of("message", "plugin", "name");
    assertThat(t.fill("the {plugin} plugin of \"{name}\" ({plugin}) '{\"a\": 1}'", "macvlan", "{name}"))
        .isEqualTo("the macvlan plugin of \"{name}\" (macvlan) '{\"a\": 1}'");
    assertThatThrownBy(() -> t.fill("{plugin}", "one")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.fill("{plugin} {other}", "a", "b")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCustomPolicyWithTheRightTextLoads() throws Exception {
    var p = load(NAD + "texts: {message: \"{plugin} in {name} has no master\"}\n").get("my-nad").orElseThrow();
    assertThat(p.policy().texts()).containsEntry("message", "{plugin} in {name} has no master");
  }

  @Test
  void aMissingTextIsRefused() {
    assertThatThrownBy(() -> load(NAD)).isInstanceOf(PolicyException.class)
        .satisfies(e -> assertThat(((PolicyException) e).problems()).singleElement().asString()
            .isEqualTo("custom/my-nad.yaml:9:8: texts.message is missing: check \"nad-config\" needs it (with {plugin}, {name})"));
  }

  @Test
  void anUnknownTextOrPlaceholderIsRefused() {
    assertThatThrownBy(() -> load(NAD + "texts:\n  message: \"{plugin} in {nam} has no master\"\n  mesage: \"{plugin} twice\"\n"))
        .isInstanceOf(PolicyException.class)
        .satisfies(e -> assertThat(((PolicyException) e).problems()).containsExactly(
            "custom/my-nad.yaml:13:3: texts.mesage: check \"nad-config\" fills no such text; it takes message",
            "custom/my-nad.yaml:12:12: texts.message: the check fills {plugin}, {name}, the text has {plugin}, {nam}"));
  }

  private static List<String> sorted(List<String> placeholders) {
    return List.copyOf(new TreeSet<>(placeholders));
  }

  private static PolicySet load(String yaml) throws PolicyException {
    return new PolicyLoader().load(Map.of("custom/my-nad.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }
}

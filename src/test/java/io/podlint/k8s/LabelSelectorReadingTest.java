package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.YamlParser;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * metav1.LabelSelectorAsSelector semantics (apimachinery pkg/apis/meta/v1/helpers.go and
 * pkg/labels/selector.go Requirement.Matches): every pair and every requirement must hold;
 * NotIn and DoesNotExist match a Pod without the key.
 */
class LabelSelectorReadingTest {

  private static final Map<String, String> POD = Map.of("app", "api", "tier", "backend");

  private static LabelSelector parse(String flow) {
    return LabelSelector.of(new YamlParser().parse("s.yaml", "selector: " + flow).documents().get(0).root()
        .get("selector"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{matchLabels: {app: api}}                                          | true",
      "{matchLabels: {app: api, tier: frontend}}                          | false",
      "{matchExpressions: [{key: app, operator: In, values: [api, web]}]}  | true",
      "{matchExpressions: [{key: app, operator: In, values: [web]}]}       | false",
      "{matchExpressions: [{key: tier, operator: NotIn, values: [frontend]}]} | true",
      "{matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}     | true",
      "{matchExpressions: [{key: app, operator: Exists}]}                 | true",
      "{matchExpressions: [{key: zone, operator: Exists}]}                | false",
      "{matchExpressions: [{key: zone, operator: DoesNotExist}]}          | true",
      "{matchLabels: {app: api}, matchExpressions: [{key: tier, operator: In, values: [frontend]}]} | false",
  })
  void matchesLikeTheApiServer(String selector, boolean matches) {
    LabelSelector s = parse(selector);
    assertThat(s.known()).isTrue();
    assertThat(s.matches(POD)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{matchExpressions: [{key: app, operator: Like, values: [a]}]}",
      "{matchLabels: \"{{ .Values.labels }}\"}",
      "{matchLabels: {app: [a]}}",
      "templated-by-a-tool",
  })
  void unreadableSelectorsAreUnknownAndMatchNothing(String selector) {
    LabelSelector s = parse(selector);
    assertThat(s.known()).isFalse();
    assertThat(s.matches(POD)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{} | true", "{matchLabels: {}} | true", "{matchLabels: {a: b}} | false"})
  void emptiness(String selector, boolean empty) {
    assertThat(parse(selector).isEmpty()).isEqualTo(empty);
  }
}

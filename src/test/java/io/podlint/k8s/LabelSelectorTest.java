package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code LabelSelectorAsSelector} semantics, as in kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/labels/selector.go ({@code Requirement.Matches}: NotIn and
 * DoesNotExist hold for an absent key) and selector_test.go ({@code TestRequirementMatches}-style
 * cases), matching and non-matching side by side.
 */
class LabelSelectorTest {
  private static final Map<String, String> WEB = Map.of("app", "web", "tier", "frontend");

  private static LabelSelector.Requirement req(String key, String op, String... values) {
    return new LabelSelector.Requirement(key, op, List.of(values));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Map.of("app", "web"), List.of(), true),
        Arguments.of(Map.of("app", "api"), List.of(), false),
        Arguments.of(Map.of("app", "web", "env", "prod"), List.of(), false),
        Arguments.of(Map.of(), List.of(req("tier", "In", "frontend", "edge")), true),
        Arguments.of(Map.of(), List.of(req("tier", "In", "backend")), false),
        Arguments.of(Map.of(), List.of(req("zone", "In", "a")), false),
        Arguments.of(Map.of(), List.of(req("tier", "NotIn", "backend")), true),
        Arguments.of(Map.of(), List.of(req("zone", "NotIn", "a")), true),
        Arguments.of(Map.of(), List.of(req("tier", "NotIn", "frontend")), false),
        Arguments.of(Map.of(), List.of(req("app", "Exists")), true),
        Arguments.of(Map.of(), List.of(req("zone", "Exists")), false),
        Arguments.of(Map.of(), List.of(req("zone", "DoesNotExist")), true),
        Arguments.of(Map.of(), List.of(req("app", "DoesNotExist")), false),
        Arguments.of(Map.of("app", "web"), List.of(req("tier", "In", "frontend"), req("canary", "DoesNotExist")), true),
        Arguments.of(Map.of("app", "web"), List.of(req("tier", "In", "frontend"), req("app", "NotIn", "web")), false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesLikeTheApiServer(Map<String, String> matchLabels, List<LabelSelector.Requirement> exprs, boolean match) {
    assertThat(new LabelSelector(matchLabels, exprs).matches(WEB)).isEqualTo(match);
  }

  // ValidateLabelSelectorRequirement: values for In/NotIn, none for Exists/DoesNotExist.
  @ParameterizedTest
  @MethodSource("requirements")
  void requirementProblems(LabelSelector.Requirement r, String problem) {
    assertThat(r.problem()).isEqualTo(problem);
  }

  static Stream<Arguments> requirements() {
    return Stream.of(
        Arguments.of(req("a", "In", "x"), null),
        Arguments.of(req("a", "In"), "must be specified when `operator` is 'In' or 'NotIn'"),
        Arguments.of(req("a", "NotIn"), "must be specified when `operator` is 'In' or 'NotIn'"),
        Arguments.of(req("a", "Exists"), null),
        Arguments.of(req("a", "DoesNotExist", "x"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
        Arguments.of(req("a", "Equals", "x"), "not a valid selector operator"));
  }
}

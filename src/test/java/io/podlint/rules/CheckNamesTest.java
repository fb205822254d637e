package io.podlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.policy.BoundPolicy;
import io.podlint.testing.Fixtures;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A check class that serves exactly one built-in rule is named after the rule's id
 * ({@code image-registry-allowlist}: {@code ImageRegistryAllowlistCheck}; the case of words such as
 * CronJob or StatefulSet follows Kubernetes). A class serving several rules names what it checks.
 */
class CheckNamesTest {

  @Test
  void aCheckClassServingOneRuleIsNamedAfterIt() {
    Map<Class<?>, Set<String>> rulesByClass = new TreeMap<>(java.util.Comparator.comparing(Class::getName));
    for (BoundPolicy p : Fixtures.builtIns().all()) {
      rulesByClass.computeIfAbsent(p.check().getClass(), k -> new TreeSet<>()).add(p.id());
    }
    assertThat(rulesByClass).isNotEmpty();
    rulesByClass.forEach((type, rules) -> {
      if (rules.size() == 1) {
        String rule = rules.iterator().next();
        assertThat(type.getSimpleName().toLowerCase(Locale.ROOT))
            .as("the class of the check of %s only, %s", rule, type.getName())
            .isEqualTo(rule.replace("-", "") + "check");
      }
    });
  }
}

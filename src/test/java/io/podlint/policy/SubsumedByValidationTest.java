package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy's subsumedBy must name other known rules: a typo is a policy error (exit 2), not a silent no-op. */
class SubsumedByValidationTest {

  private static BoundPolicy subsumedBy(String id, List<String> others) {
    BoundPolicy p = Fixtures.policy(id);
    Policy q = p.policy();
    Policy changed = new Policy(q.id(), q.category(), q.severity(), q.enabledByDefault(), q.summary(), q.description(),
        q.consequence(), q.remediation(), q.sources(), q.reference(), q.check(), q.params(), q.appliesTo(),
        "my-policies/" + id + ".yaml", others, q.profiles(), q.autofix());
    return p.withPolicy(changed);
  }

  private static PolicySet with(BoundPolicy changed) {
    List<BoundPolicy> all = new ArrayList<>(Fixtures.builtIns().all());
    all.removeIf(p -> p.id().equals(changed.id()));
    all.add(changed);
    return new PolicySet(all);
  }

  @Test
  void unknownAndSelfReferencesAreReported() {
    assertThatThrownBy(() -> with(subsumedBy("bare-pod", List.of("readiness-probe-misssing"))).active(Config.empty()))
        .isInstanceOf(PolicyException.class)
        .satisfies(e -> assertThat(((PolicyException) e).problems()).singleElement().asString()
            .contains("my-policies/bare-pod.yaml").contains("unknown rule \"readiness-probe-misssing\"")
            .contains("readiness-probe-missing"));
    assertThatThrownBy(() -> with(subsumedBy("bare-pod", List.of("bare-pod"))).active(Config.empty()))
        .isInstanceOf(PolicyException.class);
  }

  @Test
  void theBuiltInsAreValid() throws Exception {
    assertThat(Fixtures.builtIns().active(Config.empty())).isNotEmpty();
    assertThat(Fixtures.policy("rollout-without-readiness").policy().subsumedBy())
        .containsExactly("readiness-probe-missing");
  }
}

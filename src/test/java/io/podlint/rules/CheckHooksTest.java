package io.podlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Checks;
import io.podlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check says by its type which hook the linter calls, and every built-in policy compiles to one. */
class CheckHooksTest {
  private static final List<Class<?>> HOOK_INTERFACES = List.of(DocumentCheck.class, WorkloadCheck.class,
      DocumentCheck.Deriving.class, WorkloadCheck.Deriving.class, EngineCheck.class);

  @Test
  void everyCheckImplementsAHookInterface() {
    assertThat(Checks.all()).hasSameSizeAs(Checks.ids()).allSatisfy(check ->
        assertThat(HOOK_INTERFACES).as("hook interfaces of %s (%s)", check.id(), check.getClass().getName())
            .anyMatch(hook -> hook.isInstance(check)));
  }

  @Test
  void everyBuiltInPolicyIsReadyWithAHookUnlessTheEngineMakesItsFindings() {
    assertThat(Fixtures.builtIns().all()).isNotEmpty().allSatisfy(p -> {
      boolean hasHook = p.ready().document() != null || p.ready().workload() != null;
      assertThat(hasHook).as("%s (check %s) has a hook", p.id(), p.check().id())
          .isEqualTo(!(p.check() instanceof EngineCheck));
    });
  }

  @Test
  void aCheckImplementingOneHookIsReadyWithThatHookOnly() {
    BoundPolicy document = Fixtures.policy("label-invalid");
    BoundPolicy workload = Fixtures.policy("bare-pod");
    assertThat(document.ready().document()).isNotNull();
    assertThat(document.ready().workload()).isNull();
    assertThat(workload.ready().document()).isNull();
    assertThat(workload.ready().workload()).isNotNull();
  }
}

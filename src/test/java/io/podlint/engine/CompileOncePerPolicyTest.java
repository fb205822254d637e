package io.podlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Severity;
import io.podlint.model.Workload;
import io.podlint.policy.BoundPolicy;
import io.podlint.rules.CheckContext;
import io.podlint.rules.LintSettings;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A check's derived state is computed when its policy is bound, once, and never while linting. */
class CompileOncePerPolicyTest {
  private final AtomicInteger derived = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();

  /** Derives a value from its parameters, counting how often, and reports each Pod with it. */
  private final WorkloadCheck.Deriving<NoParams, String> counting = new WorkloadCheck.Deriving<>() {
    @Override
    public String id() {
      return "counting";
    }

    @Override
    public String derive(NoParams params) {
      derived.incrementAndGet();
      return "derived once";
    }

    @Override
    public void checkWorkload(Workload w, String value, CheckContext ctx) {
      checked.incrementAndGet();
      ctx.report(w.podSpec(), value);
    }
  };

  @Test
  void theCompileStepRunsOncePerPolicyNotPerDocument() {
    BoundPolicy policy = BoundPolicy.of(Fixtures.policy("bare-pod").policy(), counting, new NoParams(), Set.of());
    assertThat(derived).hasValue(1);
    List<SourceFile> files = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      StringBuilder yaml = new StringBuilder();
      for (int d = 0; d < 4; d++) {
        yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: p%d}\nspec: {containers: [{name: a, image: a:1}]}\n"
            .formatted(d));
      }
      files.add(SourceFile.ofBytes("f" + f + ".yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)));
    }
    for (int threads : new int[] {1, 2}) {
      LintResult r = new Linter(List.of(policy), LintSettings.defaults(), threads).lint(files);
      assertThat(r.findings()).hasSize(12).allSatisfy(f -> assertThat(f.message()).isEqualTo("derived once"));
    }
    assertThat(checked).hasValue(24);
    assertThat(derived).hasValue(1);
  }

  @Test
  void anotherSeverityKeepsTheCompiledCheckAndOtherParamsCompileAgain() {
    BoundPolicy policy = BoundPolicy.of(Fixtures.policy("bare-pod").policy(), counting, new NoParams(), Set.of());
    BoundPolicy louder = policy.withPolicy(policy.policy().withSeverity(Severity.ERROR));
    assertThat(louder.ready()).isSameAs(policy.ready());
    assertThat(derived).hasValue(1);
    assertThat(policy.withParams(new NoParams()).ready()).isNotSameAs(policy.ready());
    assertThat(derived).hasValue(2);
  }
}

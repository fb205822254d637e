package io.podlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.policy.BoundPolicy;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import io.podlint.testing.Mutations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: whatever mutation of a real fixture podlint is given (deleted, repeated or
 * re-indented lines, random characters, truncation), no exception escapes and no internal error
 * is recorded, with every rule enabled.
 */
class FuzzTest {
  private static final List<String> SEEDS = Mutations.fixtureSeeds();
  private static final List<BoundPolicy> ALL = Fixtures.builtIns().all();

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(SEEDS);
  }

  @Property(tries = 1000)
  void noExceptionEscapesAndNoInternalError(@ForAll("mutated") String yaml) {
    LintResult r = new Linter(ALL, new LintSettings(true, Map.of("Rollout", "spec.template")), 1)
        .lint(List.of(SourceFile.ofBytes("fuzz.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
    assertThat(r.internalErrors()).isEmpty();
    assertThat(r.inputErrors()).isEmpty();
  }
}

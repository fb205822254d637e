package io.podlint.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.model.Finding;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Calico + macvlan examples: the healthy one passes every policy, the broken one shows why. */
class CalicoMacvlanExampleTest {

  private static LintResult lint(String file) {
    Path p = Path.of("testdata/examples", file);
    return new Linter(Fixtures.builtIns().all().stream().filter(b -> b.policy().enabledByDefault()).toList(),
        LintSettings.defaults(), 1)
        .lint(List.of(SourceFile.of(p.toString(), p)));
  }

  @Test
  void healthyVariantHasNoFinding() {
    LintResult r = lint("healthy/calico-macvlan.yaml");
    assertThat(r.internalErrors()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.line() + " " + f.ruleId() + ": " + f.message()).isEmpty();
  }

  @Test
  void brokenVariantShowsEachMistake() {
    LintResult r = lint("broken/calico-macvlan.yaml");
    assertThat(r.internalErrors()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.line() + " " + f.ruleId()).contains(
        "46 multus-macvlan-default-route", "46 multus-networks-unknown-key",
        "47 multus-interface-name-conflict", "83 multus-annotation-misplaced",
        "94 multus-default-network-macvlan");
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("multus-networks-unknown-key"))
        .extracting(Finding::column).containsExactly(63);
  }
}

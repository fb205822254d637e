package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.LintResult;
import io.podlint.testing.Fixtures;
import io.podlint.testing.Fixtures.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every policy on its fixtures: {@code testdata/policies/<id>/positive*.yaml} must produce
 * exactly the findings marked {@code # expect: <id>} (same lines, same count, and the column and
 * message substring where a marker gives them: {@code # expect: <id>@<column> "<substring>"}), and
 * {@code negative*.yaml} must produce none of that rule. Adding a policy needs no Java test.
 */
class PolicyFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyPolicyMatchesItsFixtures() throws IOException {
    return Fixtures.builtIns().all().stream().flatMap(policy -> {
      Path dir = Fixtures.POLICY_FIXTURES.resolve(policy.id());
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      } catch (IOException e) {
        return Stream.of(DynamicTest.dynamicTest(policy.id() + " has fixtures", () -> {
          throw new AssertionError("missing fixture folder " + dir);
        }));
      }
      return files.stream().map(file -> DynamicTest.dynamicTest(policy.id() + " / " + file.getFileName(), () -> {
        LintResult result = Fixtures.run(file, policy);
        assertThat(result.internalErrors()).as("internal errors").isEmpty();
        List<Hit> actual = Fixtures.actual(result, policy.id());
        if (file.getFileName().toString().startsWith("negative")) {
          assertThat(actual).as("%s must not report %s", file, policy.id()).isEmpty();
        } else {
          List<Hit> expected = Fixtures.expected(file, policy.id());
          assertThat(expected).as("%s marks at least one expected finding", file).isNotEmpty();
          assertThat(actual).as("findings of %s in %s", policy.id(), file).containsExactlyElementsOf(expected);
          assertThat(Fixtures.mismatches(Fixtures.expectations(file, policy.id()), Fixtures.findings(result, policy.id())))
              .as("columns and message substrings of %s in %s", policy.id(), file).isEmpty();
        }
      }));
    });
  }
}

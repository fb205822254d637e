package io.podlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podlint.testing.Fixtures;
import io.podlint.testing.Fixtures.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code # expect: rule-id@column "substring"} markers of fixtures, and that they can fail. */
class FixtureExpectationsTest {
  private static final String RULE = "resources-quantity-invalid";
  private static final String MANIFEST = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources:
              requests:
                memory: 512MB   # MARK
      """;

  @TempDir
  Path dir;

  @Test
  void readsIdsColumnsAndSubstrings() {
    var marks = parse("x: 1   # expect: a-b@17 \"say \\\"hi\\\", ok\", c, a-b@3, d \"z\"");
    assertThat(marks).containsExactly(new Expectation(1, "a-b", 17, "say \"hi\", ok"),
        new Expectation(1, "c", null, null), new Expectation(1, "a-b", 3, null),
        new Expectation(1, "d", null, "z"));
  }

  @Test
  void aMarkerInsideAJsonStringEndsAtItsClosingQuote() {
    assertThat(parse("{\"note\": \"# expect: nad-master-missing\"},"))
        .containsExactly(new Expectation(1, "nad-master-missing", null, null));
  }

  @Test
  void aMarkerWithoutItsColumnOrWithAnOpenQuoteIsAnError() {
    assertThatThrownBy(() -> parse("# expect: a@")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> parse("# expect: a \"open")).isInstanceOf(AssertionError.class);
  }

  @Test
  void theRightColumnAndSubstringPass() throws IOException {
    assertThat(mismatches("# expect: " + RULE + "@19 \"512MB\"")).isEmpty();
    assertThat(mismatches("# expect: " + RULE)).isEmpty();
  }

  @Test
  void aWrongColumnFails() throws IOException {
    assertThat(mismatches("# expect: " + RULE + "@20")).isNotEmpty()
        .anySatisfy(line -> assertThat(line).startsWith("expected line 11: " + RULE + "@20"))
        .anySatisfy(line -> assertThat(line).startsWith("found    line 11: " + RULE + "@19"));
  }

  @Test
  void aWrongSubstringFails() throws IOException {
    assertThat(mismatches("# expect: " + RULE + "@19 \"is not a duration\"")).isNotEmpty();
  }

  @Test
  void twoMarkersCannotShareOneFinding() throws IOException {
    assertThat(mismatches("# expect: " + RULE + "@19, " + RULE + "@19")).isNotEmpty();
  }

  private static List<Expectation> parse(String line) {
    return Fixtures.parseExpect(line, 1);
  }

  private List<String> mismatches(String marker) throws IOException {
    Path file = dir.resolve("positive.yaml");
    Files.writeString(file, MANIFEST.replace("# MARK", marker));
    var result = Fixtures.run(file, Fixtures.policy(RULE));
    return Fixtures.mismatches(Fixtures.expectations(file, RULE), Fixtures.findings(result, RULE));
  }
}

package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for {@code podlint describe}: every example of {@code testdata/examples} and every
 * input of {@code testdata/describe/inputs} is described as text and as JSON, and compared with
 * {@code testdata/describe/golden/examples/...} or {@code golden/inputs/...} ({@code .txt} and
 * {@code .json}). The text golden ends with a line {@code # exit code: N} that the test adds: the
 * exit code is part of what is compared. An input with a {@code NAME.profile.yml} next to it is
 * described with that cluster profile ({@code --cluster-profile}).
 *
 * <p>After an intended change of the output, regenerate them and review the diff:
 * {@code mvn -q -o test -Dtest=DescribeGoldenTest -Dpodlint.updateGoldens=true}.
 */
class DescribeGoldenTest {
  static final Path GOLDEN = Path.of("testdata/describe/golden");
  private static final boolean UPDATE = Boolean.getBoolean("podlint.updateGoldens");

  @TestFactory
  Stream<DynamicTest> describeMatchesGoldenFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs()) {
      for (String format : List.of("text", "json")) {
        tests.add(DynamicTest.dynamicTest(input + " as " + format, () -> check(input, format)));
      }
    }
    return tests.stream();
  }

  private static List<Path> inputs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("testdata/examples"), Path.of("testdata/describe/inputs"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static void check(Path input, String format) throws IOException {
    String path = input.toString().replace('\\', '/');
    // An input with a cluster profile next to it (NAME.profile.yml) is described with that profile.
    Path profile = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.yaml$", ".profile.yml"));
    Cli r = Files.exists(profile)
        ? Cli.run("describe", "--no-config", "--format", format, "--cluster-profile",
            profile.toString().replace('\\', '/'), path)
        : Cli.run("describe", "--no-config", "--format", format, path);
    assertThat(r.err()).as("standard error").isEmpty();
    if (path.contains("/healthy/")) {
      assertThat(r.exitCode()).as("exit code of describe " + path).isZero();
    }
    String actual = normalise(r.out()) + (format.equals("text") ? "# exit code: " + r.exitCode() + "\n" : "");
    String relative = path.substring("testdata/".length()).replaceFirst("^describe/", "")
        .replaceFirst("\\.yaml$", format.equals("json") ? ".json" : ".txt");
    Path golden = GOLDEN.resolve(relative);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s is missing; create it with -Dpodlint.updateGoldens=true", golden).exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError("describe " + path + " (" + format + ") differs from " + golden
          + " (- expected, + actual); if the change is intended, rerun with -Dpodlint.updateGoldens=true\n"
          + LineDiff.of(expected, actual));
    }
  }

  /** The tool version changes with every release; the goldens should not. */
  private static String normalise(String out) {
    return out.replace("\"version\" : \"" + Version.get() + "\"", "\"version\" : \"VERSION\"");
  }
}

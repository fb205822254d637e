package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.ParsedFile;
import io.podlint.parse.YamlParser;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.PolicyLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for {@code podlint fix}: each {@code testdata/fix/<case>/before.yaml} is fixed in a
 * temporary copy and must equal {@code after.yaml} byte for byte ({@code args}, if present, holds
 * more options). The fixed file is then parsed again (no YAML problem, its comments exactly those
 * of the original) and fixed again, which must find nothing left to fix.
 */
class FixGoldenTest {
  static final Path CASES = Path.of("testdata/fix");
  private static final Pattern FIXED = Pattern.compile("^\\S+:\\d+:\\d+ fixed ([a-z0-9-]+): .+$", Pattern.MULTILINE);

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> fixMatchesGoldenFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : cases()) {
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }
    return tests.stream();
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<String> args(Path dir) throws IOException {
    Path f = dir.resolve("args");
    return Files.exists(f) ? List.of(Files.readString(f).trim().split("\\s+")) : List.of();
  }

  private Cli fix(Path dir, Path file, String... more) throws IOException {
    List<String> a = new ArrayList<>(List.of("fix", "--no-config"));
    a.addAll(args(dir));
    a.addAll(List.of(more));
    a.add(file.toString());
    return Cli.run(a.toArray(String[]::new));
  }

  private void check(Path dir) throws IOException {
    byte[] before = Files.readAllBytes(dir.resolve("before.yaml"));
    byte[] after = Files.readAllBytes(dir.resolve("after.yaml"));
    Path work = Files.createDirectories(tmp.resolve(dir.getFileName()));
    Path file = work.resolve("manifest.yaml");
    Files.write(file, before);

    Cli diff = fix(dir, file, "--diff");
    assertThat(Files.readAllBytes(file)).as("--diff changes nothing").isEqualTo(before);
    assertThat(diff.out()).startsWith("--- ");
    Cli dry = fix(dir, file, "--dry-run");
    assertThat(Files.readAllBytes(file)).as("--dry-run changes nothing").isEqualTo(before);
    assertThat(dry.out()).contains(" would fix ");

    Cli run = fix(dir, file);
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .as("fixed " + dir).isEqualTo(new String(after, StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(file)).isEqualTo(after);
    assertThat(run.out()).contains("podlint: fixed ");

    ParsedFile b = new YamlParser().parse("before", before);
    ParsedFile a = new YamlParser().parse("after", after);
    assertThat(a.problems()).isEmpty();
    assertThat(a.documents()).hasSameSizeAs(b.documents());
    assertThat(a.comments().stream().map(ParsedFile.Comment::text).toList())
        .as("comments kept byte for byte").isEqualTo(b.comments().stream().map(ParsedFile.Comment::text).toList());

    Cli again = fix(dir, file);
    assertThat(Files.readAllBytes(file)).as("a second run finds nothing to fix").isEqualTo(after);
    assertThat(again.out()).contains("podlint: fixed 0 problems in 0 files");
  }

  /** Every policy that declares an automatic fix shows it in some golden case, and only those fix. */
  @Test
  void everyFixingRuleHasAGoldenCaseAndOnlyThoseFix() throws Exception {
    Set<String> declared = new TreeSet<>();
    for (BoundPolicy p : new PolicyLoader().load(List.of()).all()) {
      if (p.policy().autofix() != null) {
        declared.add(p.id());
      }
    }
    Set<String> seen = new TreeSet<>();
    for (Path dir : cases()) {
      Path work = Files.createDirectories(tmp.resolve("all-" + dir.getFileName()));
      Path file = work.resolve("m.yaml");
      Files.copy(dir.resolve("before.yaml"), file);
      Matcher m = FIXED.matcher(fix(dir, file).out());
      while (m.find()) {
        seen.add(m.group(1));
      }
    }
    assertThat(seen).isEqualTo(declared);
  }

  @Test
  void contextFilesOfNadFolderAreReadButNeverRewritten() throws IOException {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n"
        + "      image: registry.example.com/c:1\n      imagePullPolicy: always\n";
    Path nads = Files.createDirectories(tmp.resolve("nads"));
    Files.writeString(nads.resolve("context.yaml"), pod);
    Path file = tmp.resolve("mine.yaml");
    Files.writeString(file, pod);
    Cli r = Cli.run("fix", "--no-config", "--nad-folder", nads.toString(), file.toString());
    assertThat(Files.readString(file)).contains("imagePullPolicy: Always");
    assertThat(Files.readString(nads.resolve("context.yaml"))).isEqualTo(pod);
    assertThat(r.out()).contains("podlint: fixed 1 problem in 1 file");
  }

  @Test
  void suppressedFindingsAreNotFixed() throws IOException {
    Path file = tmp.resolve("suppressed.yaml");
    String text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n"
        + "      image: registry.example.com/c:1\n"
        + "      imagePullPolicy: always   # podlint-ignore: image-pull-policy-invalid -- our admission webhook rewrites it\n";
    Files.writeString(file, text);
    Cli r = Cli.run("fix", "--no-config", file.toString());
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(r.out()).contains("podlint: fixed 0 problems in 0 files");
  }

  @Test
  void standardInputIsAUsageError() {
    Cli r = Cli.run("fix", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("podlint: fix rewrites files").doesNotContain("Exception");
  }

  @Test
  void helmRenderedFindingsGetNoFix() throws IOException {
    // The finding is attributed to the template, but its edit would be of the rendered file.
    Path file = tmp.resolve("rendered.yaml");
    String text = "---\n# Source: chart/templates/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
        + "  containers:\n    - name: c\n      image: registry.example.com/c:1\n      imagePullPolicy: always\n";
    Files.writeString(file, text);
    Cli r = Cli.run("fix", "--no-config", file.toString());
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(r.out()).contains("podlint: fixed 0 problems in 0 files");
  }
}

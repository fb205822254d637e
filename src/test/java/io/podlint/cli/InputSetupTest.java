package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint, describe and fix set up their inputs through one path (RunSetup.inputs). */
class InputSetupTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n";

  @TempDir
  Path dir;

  @Test
  void aBadExcludePatternIsTheSameUsageLineInEveryCommand() throws IOException {
    Path config = Files.writeString(dir.resolve("podlint.yaml"), "exclude: [\"a[b\"]\n");
    Path pod = Files.writeString(dir.resolve("pod.yaml"), POD);
    List<Cli> runs = List.of(
        Cli.run("lint", "-c", config.toString(), pod.toString()),
        Cli.run("describe", "-c", config.toString(), pod.toString()),
        Cli.run("fix", "--dry-run", "-c", config.toString(), pod.toString()));
    for (Cli run : runs) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("podlint: bad exclude pattern: ").isEqualTo(runs.get(0).err());
    }
  }

  @Test
  void lintCollectsTheContextFoldersAsTargets() throws IOException {
    Path targets = Files.createDirectories(dir.resolve("app"));
    Path nads = Files.createDirectories(dir.resolve("nads"));
    Files.writeString(targets.resolve("a.yaml"), POD);
    Files.writeString(nads.resolve("n.yaml"), POD);
    Files.createSymbolicLink(nads.resolve("same-as-a.yaml"), targets.resolve("a.yaml"));

    InputCollector.Collected lint = InputCollector.forTargetsAndContext(List.of(), null, true)
        .collect(List.of(targets.toString(), "missing.yaml"), List.of(nads), "<stdin>", stdin());
    // one collector: the link to a.yaml is the same real file, so it is read once
    assertThat(names(lint.targets())).containsExactly(targets + "/a.yaml", nads + "/n.yaml");
    assertThat(lint.all()).isEqualTo(lint.targets());
    assertThat(lint.errors()).containsExactly("missing.yaml: no such file or folder");

    InputCollector.Collected describe = InputCollector.forTargetsAndContext(List.of(), null, false)
        .collect(List.of(targets.toString(), "missing.yaml"), List.of(nads), "<stdin>", stdin());
    assertThat(names(describe.targets())).containsExactly(targets + "/a.yaml");
    assertThat(names(describe.all())).containsExactly(targets + "/a.yaml", nads + "/n.yaml", nads + "/same-as-a.yaml");
    assertThat(describe.errors()).containsExactly("missing.yaml: no such file or folder");
  }

  private static List<String> names(List<SourceFile> files) {
    return files.stream().map(SourceFile::displayName).toList();
  }

  private static ByteArrayInputStream stdin() {
    return new ByteArrayInputStream(new byte[0]);
  }
}

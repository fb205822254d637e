package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server costs the other commands nothing: lint and fix never load LSP4J or Gson. */
class LspClassLoadingTest {
  @TempDir
  Path dir;

  @Test
  void lintAndFixLoadNoLsp4jClass() throws Exception {
    Path jar = ThinJar.create(Files.createDirectories(dir.resolve("jar")));
    Path file = dir.resolve("pod.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
        + "    - name: c\n      image: registry.example.com/c:1\n      imagePullPolicy: always\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String command : List.of("lint", "fix")) {
      Processes.Result r = Processes.run(dir, Map.of(), Duration.ofMinutes(2),
          List.of(java, "-verbose:class", "-jar", jar.toString(), command, "--no-config", file.toString()));
      assertThat(r.output()).as(command).contains("io.podlint.cli.Main");
      assertThat(r.output()).as(command).doesNotContain("org.eclipse.lsp4j").doesNotContain("com.google.gson");
    }
    // The lsp command does load them (standard input is empty: it starts, reads the end, and stops).
    Processes.Result lsp = Processes.run(dir, Map.of(), Duration.ofMinutes(2),
        List.of(java, "-verbose:class", "-jar", jar.toString(), "lsp"));
    assertThat(lsp.output()).contains("org.eclipse.lsp4j.launch.LSPLauncher");
    assertThat(lsp.exitCode()).isZero();
  }
}

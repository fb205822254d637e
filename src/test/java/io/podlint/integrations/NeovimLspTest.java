package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podlint lsp} with a real client: {@code nvim --headless} opens a bad manifest with
 * Neovim's built-in LSP client, receives the diagnostics, and applies the quick fix
 * (src/test/resources/nvim/lsp-e2e.lua). Skipped when Neovim is not installed
 * ({@code apt-get install neovim}; .ci/run installs it).
 */
@org.junit.jupiter.api.Tag("integration")
class NeovimLspTest {
  @TempDir
  Path ws;

  @Test
  void neovimReceivesDiagnosticsAndAppliesTheQuickFix() throws Exception {
    assumeTrue(Processes.onPath("nvim"), "nvim is not installed (apt-get install neovim): skipping the editor test");
    Path jar = ThinJar.create(Files.createDirectories(ws.resolve(".jar")));
    Path file = ws.resolve("pod.yaml");
    Files.writeString(file, """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: registry.example.com/web:1.0   # pinned
              imagePullPolicy: always
        """);
    Path script = Path.of("src/test/resources/nvim/lsp-e2e.lua").toAbsolutePath();
    Path out = ws.resolve("out.txt");
    Processes.Result r = Processes.run(ws, Map.of(
            "OUT", out.toString(), "FILE", file.toString(), "WS", ws.toString(), "JAR", jar.toString(),
            "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "XDG_CONFIG_HOME", ws.resolve(".config").toString(), "XDG_STATE_HOME", ws.resolve(".state").toString(),
            "XDG_DATA_HOME", ws.resolve(".data").toString()),
        Duration.ofMinutes(3), List.of("nvim", "--headless", "--clean", "-c", "luafile " + script));
    assertThat(Files.exists(out)).as("nvim wrote its results; output: " + r.output()).isTrue();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).as(String.join("\n", lines)).noneMatch(l -> l.startsWith("error"));
    // 0-based line 8, "        imagePullPolicy: always" after 6 spaces of indentation + "imagePullPolicy: "
    assertThat(lines).contains("diagnostic 8:23-8:29 image-pull-policy-invalid severity=1");
    assertThat(lines).anyMatch(l -> l.startsWith("diagnostic ") && l.contains(" bare-pod severity=3"));
    assertThat(lines).contains("action podlint: write \"Always\" (image-pull-policy-invalid)");
    assertThat(lines).contains("line       imagePullPolicy: Always");
    assertThat(lines).anyMatch(l -> l.startsWith("after ") && l.endsWith("none of image-pull-policy-invalid"));
  }
}

package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The VS Code client in editors/vscode is well formed: its manifest starts extension.js on YAML
 * files with vscode-languageclient, its default command is {@code podlint lsp}, and (when Node.js
 * is installed) extension.js is valid JavaScript. Packaging it needs the npm registry, so it is
 * left to editors/vscode/package.sh.
 */
@org.junit.jupiter.api.Tag("integration")
class VscodeExtensionTest {
  private static final Path DIR = Path.of("editors/vscode");

  @Test
  void manifestAndClient() throws Exception {
    JsonNode pkg = new ObjectMapper().readTree(DIR.resolve("package.json").toFile());
    assertThat(pkg.get("main").asText()).isEqualTo("./extension.js");
    assertThat(Files.exists(DIR.resolve("extension.js"))).isTrue();
    assertThat(pkg.at("/activationEvents").toString()).contains("onLanguage:yaml");
    assertThat(pkg.at("/dependencies/vscode-languageclient").asText()).isNotEmpty();
    assertThat(pkg.at("/contributes/configuration/properties/podlint.args/default").toString()).isEqualTo("[\"lsp\"]");
    assertThat(Files.readString(DIR.resolve(".gitignore"))).contains("node_modules/");
    String js = Files.readString(DIR.resolve("extension.js"));
    assertThat(js).contains("require('vscode-languageclient/node')").contains("language: 'yaml'");
    if (Processes.onPath("node")) {
      Processes.Result r = Processes.run(DIR, Map.of(), Duration.ofMinutes(1), List.of("node", "--check", "extension.js"));
      assertThat(r.exitCode()).as(r.output()).isZero();
    }
  }
}

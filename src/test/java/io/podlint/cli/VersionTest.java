package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One version number, the pom's (filtered into podlint-version.properties by Maven): --version,
 * the JSON report's tool.version and SARIF's tool.driver.semanticVersion all carry it. The
 * bundle's name carries it too (src/bundle/build.sh gets ${project.version}).
 */
class VersionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String pomVersion() throws Exception {
    Matcher m = Pattern.compile("<artifactId>podlint</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void everyOutputCarriesThePomsVersion() throws Exception {
    String version = pomVersion();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    assertThat(Version.get()).isEqualTo(version);
    assertThat(Cli.run("--version").out()).startsWith("podlint " + version + "\n");
    String file = "testdata/examples/healthy/web.yaml";
    assertThat(JSON.readTree(Cli.run("lint", "--no-config", "-f", "json", file).out()).at("/tool/version").asText())
        .isEqualTo(version);
    assertThat(JSON.readTree(Cli.run("lint", "--no-config", "-f", "sarif", file).out())
        .at("/runs/0/tool/driver/semanticVersion").asText()).isEqualTo(version);
  }
}

package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.podlint.cli.MainAccess;
import io.podlint.testing.JsRegex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IDE integrations read podlint's {@code compact} output: VS Code through the problem matcher
 * of {@code .vscode/tasks.json}, IntelliJ through an External Tools output filter.
 */
class IdeIntegrationTest {
  private static final ObjectMapper JSONC = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INTELLIJ_FILTER = "$FILE_PATH$:$LINE$:$COLUMN$:.*";

  /** What a matcher must extract from one compact line. */
  private record Expected(String file, int line, int column, String severity, String message, String rule) {}

  @Test
  void everyVsCodeProblemMatcherParsesCompactOutputIncludingPathsWithSpaces(@TempDir Path dir) throws Exception {
    JsonNode tasks = JSONC.readTree(Path.of(".vscode/tasks.json").toFile()).get("tasks");
    assertThat(tasks).isNotEmpty();
    List<Expected> expected = new ArrayList<>();
    List<String> lines = compactOutput(dir, expected);
    for (JsonNode task : tasks) {
      assertThat(task.at("/args").toString()).contains("\"--format\",\"compact\"");
      JsonNode matcher = task.get("problemMatcher");
      JsonNode pattern = matcher.get("pattern");
      Pattern regex = JsRegex.toJava(pattern.get("regexp").asText());
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = regex.matcher(lines.get(i));
        assertThat(m.matches()).as(task.get("label").asText() + " on: " + lines.get(i)).isTrue();
        Expected e = expected.get(i);
        assertThat(m.group(pattern.get("file").asInt())).isEqualTo(e.file());
        assertThat(Integer.parseInt(m.group(pattern.get("line").asInt()))).isEqualTo(e.line());
        assertThat(Integer.parseInt(m.group(pattern.get("column").asInt()))).isEqualTo(e.column());
        assertThat(m.group(pattern.get("severity").asInt())).isEqualTo(e.severity());
        assertThat(m.group(pattern.get("message").asInt())).isEqualTo(e.message());
        assertThat(m.group(pattern.get("code").asInt())).isEqualTo(e.rule());
      }
      assertThat(matcher.get("owner").asText()).isEqualTo("podlint");
      assertThat(matcher.get("fileLocation").get(0).asText()).isEqualTo("autoDetect");
    }
  }

  @Test
  void theIntellijOutputFilterLinksCompactLinesIncludingPathsWithSpaces(@TempDir Path dir) throws Exception {
    // The README's filter, with the macros expanded as IntelliJ's RegexpFilter does.
    Pattern regex = Pattern.compile(INTELLIJ_FILTER.replace("$FILE_PATH$", "(?<file>(?:\\p{Alpha}\\:)?[0-9 a-z_A-Z\\-\\\\./]+)")
        .replace("$LINE$", "(?<line>[0-9]+)").replace("$COLUMN$", "(?<column>[0-9]+)"), Pattern.MULTILINE);
    List<Expected> expected = new ArrayList<>();
    List<String> lines = compactOutput(dir, expected);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = regex.matcher(lines.get(i));
      assertThat(m.find()).as(lines.get(i)).isTrue();
      assertThat(m.start()).isZero();
      assertThat(m.group("file")).isEqualTo(expected.get(i).file());
      assertThat(Integer.parseInt(m.group("line"))).isEqualTo(expected.get(i).line());
      assertThat(Integer.parseInt(m.group("column"))).isEqualTo(expected.get(i).column());
    }
  }

  @Test
  void theReadmeShowsTheTestedMatcherAndFilter() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    JsonNode pattern = JSONC.readTree(Path.of(".vscode/tasks.json").toFile()).at("/tasks/0/problemMatcher/pattern");
    assertThat(readme).contains("\"regexp\": " + JSON.writeValueAsString(pattern.get("regexp").asText()))
        .contains("| Output filters (*Advanced Options*) | `" + INTELLIJ_FILTER + "` |");
  }

  @Test
  void jsRegexConversionKeepsJavaScriptMeaning() {
    assertThat(JsRegex.toJava("^[a[b]$").matcher("[").matches()).isTrue();
    assertThat(JsRegex.toJava("^a[^]b$").matcher("a\nb").matches()).isTrue();
    assertThat(JsRegex.toJava("^[&&x]+$").matcher("&x&").matches()).isTrue();
    assertThat(JsRegex.toJava("^(?<file>.+):\\d+$").matcher("a b.yaml:3").matches()).isTrue();
  }

  /**
   * Real compact output for an absolute path with spaces (what the IDEs pass) and a relative one,
   * and what each line must yield, from the JSON report of the same run.
   */
  private static List<String> compactOutput(Path dir, List<Expected> expected) throws Exception {
    Path spaced = Files.createDirectories(dir.resolve("my manifests")).resolve("bad job.yaml");
    Files.copy(Path.of("testdata/cli/broken-job.yaml"), spaced);
    String[] paths = {spaced.toString(), "testdata/examples/broken/crashloop-probe.yaml",
        "testdata/policies/bare-pod/positive.yaml"};
    MainAccess.Result compact = run("compact", paths);
    JsonNode json = JSON.readTree(run("json", paths).out());
    for (JsonNode f : json.get("findings")) {
      expected.add(new Expected(f.get("file").asText(), f.get("line").asInt(), f.get("column").asInt(),
          f.get("severity").asText(), f.get("message").asText(), f.get("ruleId").asText()));
    }
    List<String> lines = compact.out().lines().toList();
    assertThat(lines).hasSize(expected.size()).hasSizeGreaterThan(2);
    assertThat(expected).extracting(Expected::severity).contains("error", "info");
    assertThat(lines.get(0)).startsWith(spaced + ":7:5: error: ");
    return lines;
  }

  private static MainAccess.Result run(String format, String... paths) {
    List<String> args = new ArrayList<>(List.of("lint", "--no-config", "--fail-on", "none", "--format", format));
    args.addAll(List.of(paths));
    return MainAccess.run(args.toArray(String[]::new));
  }
}

package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podlint.testing.Processes;
import io.podlint.testing.ThinJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code .pre-commit-hooks.yaml} and {@code action.yml} parse and say what the README promises;
 * the action's podlint step runs as GitHub runs it (bash -e, inputs in the environment).
 */
@org.junit.jupiter.api.Tag("integration")
class HookAndActionFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  private static <T> T load(String file) throws Exception {
    return (T) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of(file)));
  }

  @Test
  void preCommitHookRunsTheLauncherOnYamlFiles() throws Exception {
    List<Map<String, Object>> hooks = load(".pre-commit-hooks.yaml");
    assertThat(hooks).extracting(h -> h.get("id")).containsExactly("podlint", "podlint-system");
    assertThat(hooks.get(0)).containsEntry("language", "script").containsEntry("entry", "bin/podlint lint");
    assertThat(Files.isExecutable(Path.of("bin/podlint"))).isTrue();
    // The variant for a podlint installed on PATH (a release bundle, the image's), as kube-linter has.
    assertThat(hooks.get(1)).containsEntry("language", "system").containsEntry("entry", "podlint lint");
    for (Map<String, Object> hook : hooks) {
      assertThat(hook).containsEntry("require_serial", true).containsKey("name");
      Pattern files = Pattern.compile((String) hook.get("files")); // pre-commit uses re.search
      assertThat(List.of("a.yaml", "deploy/b.yml", "my dir/c.yaml")).allMatch(f -> files.matcher(f).find());
      assertThat(List.of("a.yaml.txt", "notes.txt", "yaml", "a.json")).noneMatch(f -> files.matcher(f).find());
      assertThat(hook).doesNotContainKey("args"); // --fail-on comes from .podlint.yaml or the user's args
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void actionIsCompositeWithTheDocumentedInputsAndSetsUpJava17() throws Exception {
    Map<String, Object> action = load("action.yml");
    assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
    Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
    assertThat(inputs).containsKeys("paths", "format", "fail-on", "config", "sarif-file", "text-file");
    assertThat(inputs.values()).allSatisfy(i -> assertThat((Map<String, Object>) i).containsKey("description"));
    Map<String, Object> runs = (Map<String, Object>) action.get("runs");
    assertThat(runs).containsEntry("using", "composite");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
    Map<String, Object> java = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
        .findFirst().orElseThrow();
    assertThat((Map<String, Object>) java.get("with")).containsEntry("java-version", "17");
    for (Map<String, Object> step : steps) {
      if (step.containsKey("run")) {
        assertThat(step).containsEntry("shell", "bash");
        // Inputs reach scripts through env only: an expression in a script is an injection risk.
        assertThat((String) step.get("run")).doesNotContain("${{");
      }
    }
    assertThat((String) lintStep(steps).get("run")).contains("$GITHUB_ACTION_PATH/bin/podlint");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theActionsPodlintStepAnnotatesWritesSarifTextAndSummaryAndReportsTheExitCode(@TempDir Path tmp)
      throws Exception {
    assumeTrue(Processes.onPath("bash"), "bash is not installed");
    Map<String, Object> action = load("action.yml");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
    Path script = tmp.resolve("lint-step.sh");
    Files.writeString(script, (String) lintStep(steps).get("run"));
    Path workspace = Files.createDirectories(tmp.resolve("workspace"));
    Files.createDirectories(workspace.resolve("deploy dir"));
    Files.copy(Path.of("testdata/cli/broken-job.yaml"), workspace.resolve("deploy dir/job.yaml"));
    Files.copy(Path.of("testdata/cli/healthy.yaml"), workspace.resolve("good.yaml"));

    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString());
    env.put("PODLINT_JAR", ThinJar.create(tmp).toString());
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    env.put("GITHUB_OUTPUT", tmp.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString());
    env.put("INPUT_PATHS", "deploy dir\ngood.yaml\n"); // one per line: a path with a space
    env.put("INPUT_FORMAT", "github");
    env.put("INPUT_FAIL_ON", "error");
    env.put("INPUT_CONFIG", "");
    env.put("INPUT_SARIF_FILE", "reports/podlint.sarif");
    env.put("INPUT_TEXT_FILE", "podlint.txt");
    env.put("INPUT_ARGS", "--exclude *.generated.yaml");
    List<String> bash = List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());

    Processes.Result failing = Processes.run(workspace, env, Duration.ofMinutes(2), bash);
    assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
    assertThat(failing.output()).contains("::error file=deploy dir/job.yaml,line=7,col=5,title=restart-policy-job::");
    assertThat(Files.readAllLines(tmp.resolve("output"))).containsExactly("exit-code=1", "sarif-file=reports/podlint.sarif");
    JsonNode sarif = JSON.readTree(workspace.resolve("reports/podlint.sarif").toFile());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("deploy%20dir/job.yaml");
    assertThat(Files.readString(workspace.resolve("podlint.txt"))).contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files");
    assertThat(Files.readString(tmp.resolve("summary.md"))).startsWith("### podlint\n\n```\n").contains("deploy dir/job.yaml:7:5 error");

    env.put("INPUT_FAIL_ON", "none");
    env.put("INPUT_PATHS", "good.yaml deploy");
    env.put("INPUT_SARIF_FILE", "");
    Files.delete(tmp.resolve("output"));
    Processes.Result passing = Processes.run(workspace, env, Duration.ofMinutes(2), bash);
    assertThat(passing.exitCode()).as(passing.output()).isEqualTo(2); // "deploy" does not exist: a usage error
    assertThat(Files.readAllLines(tmp.resolve("output"))).containsExactly("exit-code=2", "sarif-file=");
    env.put("INPUT_PATHS", "good.yaml");
    assertThat(Processes.run(workspace, env, Duration.ofMinutes(2), bash).exitCode()).isZero();
  }

  /**
   * GitHub drops a step summary over 1 MiB (the runner's "$GITHUB_STEP_SUMMARY upload aborted,
   * supports content up to a size of 1024k"): a report larger than that is cut at a line, with a
   * note that names the full report.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theActionsSummaryIsCutBelowGithubsOneMebibyteLimit(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.onPath("bash"), "bash is not installed");
    Map<String, Object> action = load("action.yml");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
    Path script = tmp.resolve("lint-step.sh");
    Files.writeString(script, (String) lintStep(steps).get("run"));
    Path workspace = Files.createDirectories(tmp.resolve("workspace"));
    StringBuilder pods = new StringBuilder();
    for (int i = 0; i < 1500; i++) { // bare Pods with untagged images: a text report of several MiB
      pods.append("""
          apiVersion: v1
          kind: Pod
          metadata: {name: pod-%d}
          spec:
            containers:
              - {name: app, image: nginx, ports: [{containerPort: 80}]}
          ---
          """.formatted(i));
    }
    Files.writeString(workspace.resolve("pods.yaml"), pods);

    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString());
    env.put("PODLINT_JAR", ThinJar.create(tmp).toString());
    env.put("PODLINT_CACHE_DIR", tmp.resolve("cache").toString());
    env.put("GITHUB_OUTPUT", tmp.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString());
    env.put("INPUT_PATHS", "pods.yaml");
    env.put("INPUT_FORMAT", "compact");
    env.put("INPUT_FAIL_ON", "none");
    env.put("INPUT_CONFIG", "");
    env.put("INPUT_SARIF_FILE", "");
    env.put("INPUT_TEXT_FILE", "podlint.txt");
    env.put("INPUT_ARGS", "--no-config");
    Processes.Result r = Processes.run(workspace, env, Duration.ofMinutes(3),
        List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));

    assertThat(r.exitCode()).as(r.output().lines().limit(20).toList().toString()).isZero();
    long reportSize = Files.size(workspace.resolve("podlint.txt"));
    assertThat(reportSize).isGreaterThan(1024 * 1024);
    String summary = Files.readString(tmp.resolve("summary.md"));
    assertThat((long) summary.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024 * 1024);
    assertThat(summary).startsWith("### podlint\n\n```\npods.yaml\n")
        .contains("The report was cut at GitHub's 1 MiB limit for a step summary")
        .contains("(" + reportSize + " bytes) is `podlint.txt` in the workspace")
        .contains("\nby rule: 1500 ");
    // cut between lines: every line of the cut report is a whole line of the full report
    List<String> full = Files.readAllLines(workspace.resolve("podlint.txt"));
    String cut = summary.substring("### podlint\n\n```\n".length(), summary.indexOf("\n```\n", 20));
    List<String> cutLines = cut.lines().toList();
    assertThat(cutLines).hasSizeGreaterThan(1000).isEqualTo(full.subList(0, cutLines.size()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void ciRunsTheTestsAndTheActionOfThisRepository() throws Exception {
    Map<String, Object> jobs = (Map<String, Object>) ((Map<String, Object>) load(".github/workflows/ci.yml")).get("jobs");
    assertThat(jobs).containsKeys("test", "action", "bundle");
    String ci = Files.readString(Path.of(".github/workflows/ci.yml"));
    assertThat(ci).contains("bash .ci/run").contains("uses: ./\n").contains("bin/podlint lint")
        .contains("package -DskipTests -Pbundle").contains("bash src/bundle/test-dockerfile.sh");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lintStep(List<Map<String, Object>> steps) {
    return steps.stream().filter(s -> "lint".equals(s.get("id"))).findFirst().orElseThrow();
  }
}

package io.podlint.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The release files say what the README promises, without building anything: the bundle
 * launcher picks the JVM flags of bin/podlint, the Dockerfile copies what its build stage makes,
 * the release workflow builds every platform's bundle on a v* tag and publishes checksums and the
 * image, and CHANGELOG.md has the pom's version. The bundle itself is checked by
 * src/bundle/check.sh in {@code mvn package -Pbundle}, the Dockerfile's build stage by
 * src/bundle/test-dockerfile.sh (both run by the release workflow).
 */
class ReleaseFilesTest {
  @SuppressWarnings("unchecked")
  private static <T> T load(String file) throws Exception {
    return (T) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of(file)));
  }

  static String pomVersion() throws Exception {
    Matcher m = Pattern.compile("<artifactId>podlint</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> flags(String launcher, String line) throws Exception {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(line) + "(.*)$").matcher(Files.readString(Path.of(launcher)));
    assertThat(m.find()).as(launcher + ": " + line).isTrue();
    List<String> out = new ArrayList<>();
    for (String w : m.group(1).replaceAll("[()\";]|\\$\\{[^}]*}|\\\\$", " ").trim().split("\\s+")) {
      if (w.startsWith("-")) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void theBundleLauncherPicksTheFlagsOfBinPodlint() throws Exception {
    assertThat(Files.isExecutable(Path.of("src/bundle/podlint"))).isTrue();
    List<String> quick = flags("bin/podlint", "quick_opts=(");
    List<String> lng = flags("bin/podlint", "long_opts=(");
    List<String> common = flags("src/bundle/podlint", "set -- -Xss4m");
    common.add(0, "-Xss4m");
    List<String> bundleQuick = new ArrayList<>(flags("src/bundle/podlint", "quick) exec"));
    bundleQuick.addAll(common);
    List<String> bundleLint = new ArrayList<>(flags("src/bundle/podlint", "lint) exec"));
    bundleLint.addAll(common);
    List<String> bundleLong = new ArrayList<>(flags("src/bundle/podlint", "*) exec"));
    bundleLong.addAll(common);
    assertThat(bundleQuick).containsExactlyInAnyOrderElementsOf(quick);
    List<String> lint = new ArrayList<>(lng);
    lint.add("-XX:GCTimeRatio=9");
    assertThat(bundleLint).containsExactlyInAnyOrderElementsOf(lint);
    assertThat(bundleLong).containsExactlyInAnyOrderElementsOf(lng);
  }

  @Test
  void theDockerfileCopiesTheBundleItsBuildStageMakesOntoASmallBase() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    List<String> from = Pattern.compile("(?m)^FROM (.+)$").matcher(dockerfile).results().map(r -> r.group(1)).toList();
    assertThat(from).hasSize(2);
    assertThat(from.get(0)).matches("maven:\\S+-17 AS build");
    assertThat(from.get(1)).startsWith("debian:").endsWith("-slim");
    Matcher build = Pattern.compile("-Pbundle -Dbundle\\.dir=(\\S+)").matcher(dockerfile);
    assertThat(build.find()).isTrue();
    assertThat(dockerfile).contains("COPY --from=build " + build.group(1) + " " + build.group(1) + "\n");
    assertThat(dockerfile).contains("ENTRYPOINT [\"podlint\"]");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReleaseWorkflowBuildsEveryPlatformOnAVersionTagAndPublishesChecksumsAndTheImage() throws Exception {
    Map<Object, Object> wf = load(".github/workflows/release.yml");
    Map<String, Object> on = (Map<String, Object>) wf.get(true); // YAML 1.1: the key "on" is a boolean
    assertThat(((Map<String, Object>) on.get("push")).get("tags")).isEqualTo(List.of("v*"));
    Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) wf.get("jobs");
    assertThat(jobs).containsKeys("test", "bundle", "release", "image");
    String all = Files.readString(Path.of(".github/workflows/release.yml"));
    assertThat(all).contains("bash .ci/run").contains("bash src/bundle/test-dockerfile.sh");

    Map<String, Object> bundle = jobs.get("bundle");
    List<Map<String, String>> platforms = (List<Map<String, String>>)
        ((Map<String, Object>) ((Map<String, Object>) bundle.get("strategy")).get("matrix")).get("include");
    assertThat(platforms).extracting(p -> p.get("platform"))
        .containsExactlyInAnyOrder("linux-x64", "linux-arm64", "macos-x64", "macos-arm64");
    assertThat(bundle.get("needs")).isEqualTo("test");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) bundle.get("steps");
    assertThat(steps).anySatisfy(s -> assertThat(String.valueOf(s.get("run"))).contains("package -DskipTests -Pbundle"));

    String release = String.valueOf(jobs.get("release").get("steps"));
    assertThat(release).contains("sha256sum -c").contains("SHA256SUMS").contains("gh release create");
    assertThat((Map<String, Object>) jobs.get("release").get("permissions")).containsEntry("contents", "write");
    assertThat(String.valueOf(jobs.get("image").get("steps"))).contains("linux/amd64,linux/arm64").contains("push=true");
    for (Map<String, Object> job : jobs.values()) {
      for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
        if (step.containsKey("run")) {
          // The tag and other inputs reach scripts through env only: an expression is an injection risk.
          assertThat((String) step.get("run")).doesNotContain("${{");
        }
      }
    }
  }

  @Test
  void theChangelogHasTheVersionOfThePom() throws Exception {
    assertThat(Files.readString(Path.of("CHANGELOG.md"))).containsPattern("(?m)^## " + Pattern.quote(pomVersion()) + "\\b");
  }
}

package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes in .podlint.yaml, as a user reads them: one line per mistake, at the key's line and
 * column, starting with the key, with a "did you mean" for misspelled keys and rule ids.
 */
class ConfigErrorsTest {
  record Case(String name, String config, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The top-level keys of the bundled config schema, sorted, as the message lists them. */
  private static String configKeys() {
    try (var in = ConfigErrorsTest.class.getResourceAsStream("/schemas/podlint-config.schema.json")) {
      var names = new java.util.TreeSet<String>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("properties").fieldNames()
          .forEachRemaining(names::add);
      return String.join(", ", names);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("misspelled top-level key", "failon: warning\n",
            List.of("1:1: failon: unknown key (did you mean \"failOn\"?)")),
        new Case("misspelled key at its own line", "failOn: error\nexclud: [x]\n",
            List.of("2:1: exclud: unknown key (did you mean \"exclude\"?)")),
        new Case("unknown key without a near one lists the keys", "colour: red\n",
            List.of("1:1: colour: unknown key; use " + configKeys())),
        new Case("a render setting", "render:\n  helmm: /usr/bin/helm\n",
            List.of("2:3: render.helmm: unknown key (did you mean \"helm\"?)")),
        new Case("a rule override field", "rules:\n  bare-pod:\n    enabeld: true\n",
            List.of("3:5: rules.bare-pod.enabeld: unknown key (did you mean \"enabled\"?)")),
        new Case("a bad rule setting is one line, not one per oneOf branch", "rules:\n  bare-pod: maybe\n",
            List.of("2:13: rules.bare-pod: \"maybe\" is not valid here; use true or false, \"error\", \"warning\","
                + " \"info\", \"off\" or \"on\", or a mapping of enabled, severity and params")),
        new Case("a number as a rule setting", "rules:\n  bare-pod: 3\n",
            List.of("2:13: rules.bare-pod: 3 is not valid here; use true or false, \"error\", \"warning\","
                + " \"info\", \"off\" or \"on\", or a mapping of enabled, severity and params")),
        new Case("a misspelled severity in a rule setting", "rules:\n  bare-pod: eror\n",
            List.of("2:13: rules.bare-pod: \"eror\" is not valid here; use true or false, \"error\", \"warning\","
                + " \"info\", \"off\" or \"on\", or a mapping of enabled, severity and params (did you mean \"error\"?)")),
        new Case("a bad severity inside the mapping", "rules:\n  bare-pod:\n    severity: fatal\n",
            List.of("3:15: rules.bare-pod.severity: \"fatal\" is not one of \"error\", \"warning\" or \"info\"")),
        new Case("failOn value with a near one", "failOn: warnig\n",
            List.of("1:9: failOn: \"warnig\" is not one of \"error\", \"warning\", \"info\" or \"none\" (did you mean \"warning\"?)")),
        new Case("failOn value without a near one", "failOn: sometimes\n",
            List.of("1:9: failOn: \"sometimes\" is not one of \"error\", \"warning\", \"info\" or \"none\"")),
        new Case("a string where a list belongs", "exclude: \"*.tmp\"\n",
            List.of("1:10: exclude: must be a list (or empty), not the string \"*.tmp\"")),
        new Case("an empty glob", "exclude: [\"\"]\n", List.of("1:11: exclude[0]: must not be empty")),
        new Case("params must be a mapping", "rules:\n  bare-pod:\n    params: 3\n",
            List.of("3:13: rules.bare-pod.params: must be a mapping, not 3")),
        new Case("an unknown rule id, with its line", "failOn: error\nrules:\n  bare-pd: false\n",
            List.of("3:3: rules.bare-pd: unknown rule (did you mean \"bare-pod\"?); 'podlint rules' lists them")),
        new Case("a rule id in the wrong case and separator", "rules:\n  Bare_Pod: false\n",
            List.of("2:3: rules.Bare_Pod: unknown rule (did you mean \"bare-pod\"?); 'podlint rules' lists them")),
        new Case("an unknown rule id far from any", "rules:\n  no-such-thing: false\n",
            List.of("2:3: rules.no-such-thing: unknown rule; 'podlint rules' lists them")),
        new Case("a misspelled parameter", "rules:\n  image-registry-allowlist:\n    params: {allowedRegistry: [x]}\n",
            List.of("2:3: rules.image-registry-allowlist.params: unknown parameter \"allowedRegistry\""
                + " (did you mean \"allowedRegistries\"?)")),
        new Case("a workload kind name", "workloadKinds:\n  rollout: spec.template\n",
            List.of("2:3: workloadKinds.rollout: not a valid name (it must match ^[A-Z][A-Za-z0-9]*$)")),
        new Case("a list instead of a mapping", "# settings\n- failOn: error\n",
            List.of("2:1: the file must be a mapping of settings (failOn, rules, exclude...)")),
        new Case("a scalar instead of a mapping", "failOn error\n",
            List.of("1:1: the file must be a mapping of settings (failOn, rules, exclude...)")),
        new Case("a second document", "failOn: error\n---\nfailOn: info\n",
            List.of("3:1: a config file holds one YAML document; remove this one or merge it into the first")),
        new Case("several mistakes, one line each, in file order", "rules:\n  bare-pod: maybe\nfailon: info\nexclude: x\n",
            List.of("2:13: rules.bare-pod: \"maybe\" is not valid here; use true or false, \"error\", \"warning\","
                    + " \"info\", \"off\" or \"on\", or a mapping of enabled, severity and params",
                "3:1: failon: unknown key (did you mean \"failOn\"?)",
                "4:10: exclude: must be a list (or empty), not the string \"x\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistakeIsOneLineStartingWithItsKey(Case c, @TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve(".podlint.yaml"), c.config());
    Cli r = Cli.run("lint", "--config", config.toString(), "testdata/cli/healthy.yaml");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactlyElementsOf(c.expected().stream().map(e -> "podlint: " + config + ":" + e).toList());
  }
}

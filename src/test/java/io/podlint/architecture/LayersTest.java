package io.podlint.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The main sources keep to the layers (README "How podlint is built") and have no package cycles. */
class LayersTest {
  private static final ImportGraph MAIN = ImportGraph.scan(Path.of("src/main/java"), Path.of(""));
  private static final Layers PODLINT = new Layers(Layers.PODLINT);

  @Test
  void everyUseGoesDownTheLayers() {
    assertThat(PODLINT.violations(MAIN)).isEmpty();
  }

  @Test
  void noCycleBetweenPackages() {
    assertThat(MAIN.cycles()).isEmpty();
  }

  @Test
  void theScanSeesThePackages() {
    assertThat(MAIN.packages()).contains("io.podlint.cli", "io.podlint.rules", "io.podlint.rules.probes", "io.podlint.util");
    assertThat(MAIN.targets("io.podlint.cli")).contains("io.podlint.engine");
  }

  @Test
  void anUpwardImportIsReported() {
    ImportGraph g = ImportGraph.of(Map.of(
        "parse/NodeEdits.java", "package io.podlint.parse;\n\nimport io.podlint.model.TextEdit;\nclass NodeEdits {}\n"));
    assertThat(PODLINT.violations(g)).containsExactly(
        "parse/NodeEdits.java:3: io.podlint.parse uses io.podlint.model, but layer 'model' is above 'parse'");
  }

  @Test
  void staticWildcardAndQualifiedUsesCountCommentsAndStringsDoNot() {
    ImportGraph g = ImportGraph.of(Map.of("k8s/A.java", """
        package io.podlint.k8s;
        import static io.podlint.model.Workload.of;
        import io.podlint.engine.*;
        /** {@link io.podlint.cli.Main} */
        class A {
          String s = "io.podlint.report.Json";
          // io.podlint.lsp.Positions
          Object o = io.podlint.describe.Describer.class;
          Object p = io.podlint.parse.YamlNode.class;
        }
        """));
    assertThat(g.uses()).extracting(ImportGraph.Use::to, ImportGraph.Use::where).containsExactly(
        org.assertj.core.groups.Tuple.tuple("io.podlint.describe", "k8s/A.java:8"),
        org.assertj.core.groups.Tuple.tuple("io.podlint.engine", "k8s/A.java:3"),
        org.assertj.core.groups.Tuple.tuple("io.podlint.model", "k8s/A.java:2"),
        org.assertj.core.groups.Tuple.tuple("io.podlint.parse", "k8s/A.java:9"));
    assertThat(PODLINT.violations(g)).hasSize(3);
  }

  @Test
  void siblingsAndRuleFamiliesStayApart() {
    ImportGraph g = ImportGraph.of(Map.of(
        "describe/A.java", "package io.podlint.describe;\nimport io.podlint.report.Json;\nimport io.podlint.rules.probes.P;\n",
        "rules/image/B.java", "package io.podlint.rules.image;\nimport io.podlint.rules.volumes.V;\n",
        "cli/C.java", "package io.podlint.cli;\nimport io.podlint.rules.schema.SchemaCatalog;\n",
        "policy/D.java", "package io.podlint.policy;\nimport io.podlint.rules.schema.SchemaCatalog;\n"));
    assertThat(PODLINT.violations(g)).containsExactly(
        "cli/C.java:2: io.podlint.cli uses io.podlint.rules.schema, but only io.podlint.policy may reach into a rule family: move what it needs to k8s or model",
        "describe/A.java:2: io.podlint.describe uses io.podlint.report, but both are in layer 'consumers', whose packages stay independent",
        "describe/A.java:3: io.podlint.describe uses io.podlint.rules.probes, but only io.podlint.policy may reach into a rule family: move what it needs to k8s or model",
        "rules/image/B.java:2: io.podlint.rules.image uses io.podlint.rules.volumes, but both are in layer 'rule families', whose packages stay independent");
  }

  @Test
  void aNewPackageMustBePlaced() {
    ImportGraph g = ImportGraph.of(Map.of("x/A.java", "package io.podlint.extra;\n"));
    assertThat(PODLINT.violations(g)).containsExactly(
        "package io.podlint.extra is in no layer: add it to Layers.PODLINT and to README's map");
  }

  @Test
  void aCycleIsFound() {
    ImportGraph g = ImportGraph.of(Map.of(
        "a/A.java", "package io.podlint.a;\nimport io.podlint.b.B;\n",
        "b/B.java", "package io.podlint.b;\nimport io.podlint.c.C;\n",
        "c/C.java", "package io.podlint.c;\nimport io.podlint.a.A;\n",
        "d/D.java", "package io.podlint.d;\nimport io.podlint.a.A;\n"));
    assertThat(g.cycles()).isEqualTo(List.of(List.of("io.podlint.a", "io.podlint.b", "io.podlint.c")));
  }
}

package io.podlint.rules.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.rules.LintSettings;
import io.podlint.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a one-file fixture cannot show: the cross-object rules relate objects of one folder tree
 * only (a folder, the folders above it and below it), as a repository of separate apps or of
 * kustomize overlays shares the implicit default namespace without being deployed together.
 */
class FolderTreeTest {

  private static final String PDB = """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: api}
      spec:
        minAvailable: 2
        selector:
          matchLabels: {app: api}
      """;

  private static String deployment(String name, String app, int replicas) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s}
        spec:
          replicas: %d
          selector:
            matchLabels: {app: %s}
          template:
            metadata:
              labels: {app: %s}
            spec:
              containers: [{name: c, image: "c:1"}]
        """.formatted(name, replicas, app, app);
  }

  private static List<String> lint(String policy, List<SourceFile> files) {
    return new Linter(List.of(Fixtures.policy(policy)), LintSettings.defaults(), 1, Set.of(policy)).lint(files)
        .findings().stream().map(f -> f.file() + ":" + f.line()).toList();
  }

  private static SourceFile file(String name, String text) {
    return SourceFile.ofBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "PDB in {0}, Deployment (2 replicas) in {1}: blocks = {2}")
  @CsvSource({
      "app/pdb.yaml, app/deploy.yaml, true",
      "app/pdb.yaml, app/base/deploy.yaml, true",     // below the budget
      "app/overlays/prod/pdb.yaml, app/deploy.yaml, true", // above it
      "one/pdb.yaml, two/deploy.yaml, false",          // a sibling tree: not deployed together
  })
  void pdbBlocksEvictionCountsOnlyItsFolderTree(String pdbFile, String deploymentFile, boolean blocks) {
    List<String> hits = lint("pdb-blocks-eviction",
        List.of(file(pdbFile, PDB), file(deploymentFile, deployment("api", "api", 2))));
    assertThat(hits).isEqualTo(blocks ? List.of(pdbFile + ":5") : List.of());
  }

  @ParameterizedTest(name = "PDB in {0}, other Deployment in {1}: reported = {2}")
  @CsvSource({
      "app/pdb.yaml, app/deploy.yaml, true",
      "app/pdb.yaml, app/base/deploy.yaml, true",
      "app/base/pdb.yaml, app/deploy.yaml, false", // the workloads above may not be all there is
      "one/pdb.yaml, two/deploy.yaml, false",
  })
  void pdbSelectsNothingNeedsWorkloadsAtOrBelowIt(String pdbFile, String deploymentFile, boolean reported) {
    List<String> hits = lint("pdb-selects-nothing",
        List.of(file(pdbFile, PDB), file(deploymentFile, deployment("web", "web", 2))));
    assertThat(hits).isEqualTo(reported ? List.of(pdbFile + ":6") : List.of());
  }

  @ParameterizedTest(name = "Deployment copies in {0} (replicas 2) and {1} (replicas 3)")
  @CsvSource({
      // The copy nearest to the budget counts, not the sum of the copies.
      "app/overlays/prod/deploy.yaml, app/overlays/dev/deploy.yaml, app/overlays/prod/pdb.yaml, true",
      "app/overlays/prod/deploy.yaml, app/overlays/dev/deploy.yaml, app/overlays/dev/pdb.yaml, false",
      "app/overlays/prod/deploy.yaml, app/deploy.yaml, app/overlays/prod/pdb.yaml, true", // the overlay, not the base
      "app/overlays/prod/deploy.yaml, app/deploy.yaml, app/pdb.yaml, false", // the base, in the budget's folder
  })
  void copiesOfOneWorkloadCountOnce(String two, String three, String pdbFile, boolean blocks) {
    List<String> hits = lint("pdb-blocks-eviction", List.of(file(pdbFile, PDB),
        file(two, deployment("api", "api", 2)), file(three, deployment("api", "api", 3))));
    assertThat(hits).isEqualTo(blocks ? List.of(pdbFile + ":5") : List.of());
  }
}

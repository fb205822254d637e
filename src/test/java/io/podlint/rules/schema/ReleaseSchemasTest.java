package io.podlint.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.parse.Document;
import io.podlint.parse.YamlParser;
import io.podlint.rules.LintSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema of each older target release: the bundled schema with the release's generated
 * patches. Boundary releases: the one before a value appeared, and the one that brought it.
 */
class ReleaseSchemasTest {

  private static List<String> enumAt(KubernetesVersion release, String pointer) {
    SchemaCatalog catalog = SchemaCatalog.of(List.of(), release);
    String uri = release.equals(KubernetesVersion.DEFAULT) ? SchemaCatalog.BUNDLED_URI
        : "classpath:schemas/kubernetes-" + release + ".json";
    List<String> values = new ArrayList<>();
    catalog.sibling(uri + "#" + pointer + "/enum", "enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  @ParameterizedTest(name = "{0} in 1.{1}: {2}")
  @CsvSource(delimiter = ';', value = {
      // TaintTolerationComparisonOperators, alpha from 1.35 (kubernetes/website feature-gates page)
      "/$defs/io.k8s.api.core.v1.Toleration/properties/operator; 34; Exists Equal",
      "/$defs/io.k8s.api.core.v1.Toleration/properties/operator; 35; Exists Equal Lt Gt",
      "/$defs/io.k8s.api.core.v1.Toleration/properties/operator; 25; Exists Equal",
      // ContainerRestartRules, alpha from 1.34; up to 1.33 "the only allowed value is Always"
      "/$defs/io.k8s.api.core.v1.Container/properties/restartPolicy; 33; Always",
      "/$defs/io.k8s.api.core.v1.Container/properties/restartPolicy; 34; Always OnFailure Never",
      "/$defs/io.k8s.api.core.v1.Container/properties/restartPolicy; 28; Always",
      // JobBackoffLimitPerIndex (FailIndex), alpha from 1.28
      "/$defs/io.k8s.api.batch.v1.PodFailurePolicyRule/properties/action; 27; FailJob Ignore Count",
      "/$defs/io.k8s.api.batch.v1.PodFailurePolicyRule/properties/action; 28; FailJob FailIndex Ignore Count",
      // 1.26 and 1.29 have no model of their own: the overlay's release bounds still apply
      "/$defs/io.k8s.api.batch.v1.PodFailurePolicyRule/properties/action; 26; FailJob Ignore Count",
      "/$defs/io.k8s.api.batch.v1.PodFailurePolicyRule/properties/action; 29; FailJob FailIndex Ignore Count",
      "/$defs/io.k8s.api.core.v1.Toleration/properties/operator; 36; Exists Equal Lt Gt",
  })
  void enumValuesAtBoundaryReleases(String pointer, int minor, String values) {
    assertThat(enumAt(new KubernetesVersion(minor), pointer)).containsExactly(values.split(" "));
  }

  @Test
  void everySupportedReleaseHasASchemaAndTheBundledOneStaysAsItIs() {
    JsonNode bundled = SchemaCatalog.of(List.of()).sibling(SchemaCatalog.BUNDLED_URI
        + "#/$defs/io.k8s.api.core.v1.Toleration/properties/operator/enum", "enum");
    for (int minor = KubernetesVersion.OLDEST_SUPPORTED.minor(); minor <= KubernetesVersion.NEWEST_SUPPORTED.minor(); minor++) {
      assertThat(SchemaCatalog.of(List.of(), new KubernetesVersion(minor)).forKind("apps/v1", "Deployment")).isPresent();
    }
    assertThat(bundled).hasSize(4);
    // The default target uses the bundled catalog itself: no patching, no second compilation.
    assertThat(SchemaCatalog.of(List.of(), KubernetesVersion.DEFAULT)).isSameAs(SchemaCatalog.of(List.of()));
    assertThat(SchemaCatalog.of(List.of(), new KubernetesVersion(30))).isSameAs(SchemaCatalog.of(List.of(), new KubernetesVersion(30)));
    assertThat(SchemaCatalog.of(List.of(), new KubernetesVersion(30)).olderRelease()).contains(new KubernetesVersion(30));
    assertThat(SchemaCatalog.of(List.of()).olderRelease()).isEmpty();
  }

  @Test
  void aValueTheTargetDoesNotKnowIsReportedAsSuch() {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          tolerations: [{key: k, operator: Lt, value: "3", effect: NoSchedule}]
          containers: [{name: a, image: b}]
        """;
    Document d = new YamlParser().parse("case.yaml", yaml).documents().get(0);
    List<SchemaIssue> on134 = DocumentSchemaIssues.of(d, LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(34)));
    assertThat(on134).singleElement().satisfies(i -> {
      assertThat(i.problem()).isEqualTo(SchemaProblem.INVALID_ENUM);
      assertThat(i.message()).startsWith("Kubernetes 1.34 does not know the value \"Lt\" of spec.tolerations[0].operator:"
          + " supported values there are \"Exists\" and \"Equal\"");
    });
    assertThat(DocumentSchemaIssues.of(d, LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(35)))).isEmpty();
    assertThat(DocumentSchemaIssues.of(d, LintSettings.defaults())).isEmpty();
    // Inside a container the container comes first, as in every schema finding.
    Document sidecar = new YamlParser().parse("case.yaml", """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: a, image: b, restartPolicy: OnFailure}]
        """).documents().get(0);
    assertThat(DocumentSchemaIssues.of(sidecar, LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(33))))
        .singleElement().satisfies(i -> assertThat(i.message()).startsWith(
            "container \"a\": Kubernetes 1.33 does not know the value \"OnFailure\" of restartPolicy:"
            + " supported values there are \"Always\""));
    assertThat(DocumentSchemaIssues.of(sidecar, LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(34)))).isEmpty();
    // A value no release knows keeps the usual words.
    Document typo = new YamlParser().parse("case.yaml", yaml.replace("operator: Lt", "operator: Equals")).documents().get(0);
    assertThat(DocumentSchemaIssues.of(typo, LintSettings.defaults().withKubernetesVersion(new KubernetesVersion(34))))
        .singleElement().satisfies(i -> assertThat(i.message()).contains("is not one of \"Exists\" or \"Equal\""));
  }
}

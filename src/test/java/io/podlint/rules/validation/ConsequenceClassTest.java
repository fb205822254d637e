package io.podlint.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.model.Finding;
import io.podlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a fixture cannot show: the consequence class of findings whose outcome differs from their
 * policy's (describe keys on it to print REJECTED or "fails at runtime").
 */
class ConsequenceClassTest {

  private static List<Finding> run(String id) {
    Path file = Fixtures.POLICY_FIXTURES.resolve(id).resolve("positive.yaml");
    return Fixtures.run(file, Fixtures.policy(id)).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
  }

  @Test
  void ephemeralClaimsAreRejectedButStatefulSetClaimTemplatesFailAtRuntime() {
    // validateEphemeralVolumeSource runs with the workload; StatefulSet volumeClaimTemplates are
    // validated only as the PersistentVolumeClaims the controller creates.
    List<Finding> findings = run("pvc-template-invalid");
    assertThat(findings).filteredOn(f -> f.resource().kind().equals("Deployment"))
        .isNotEmpty().allSatisfy(f -> assertThat(f.consequence()).startsWith("Rejected by the API server"));
    assertThat(findings).filteredOn(f -> f.resource().kind().equals("StatefulSet"))
        .singleElement().satisfies(f -> assertThat(f.consequence()).startsWith("Runtime:"));
  }

  @Test
  void unknownDownwardApiContainersFailAtRuntime() {
    // findContainerInPod (pkg/api/v1/resource/helpers.go) is the kubelet's, not the API server's.
    List<Finding> findings = run("downward-api-invalid");
    assertThat(findings).filteredOn(f -> f.message().contains("names no container")).hasSize(2)
        .allSatisfy(f -> assertThat(f.consequence()).startsWith("Runtime:"));
    assertThat(findings).filteredOn(f -> !f.message().contains("names no container"))
        .allSatisfy(f -> assertThat(f.consequence()).startsWith("Rejected by the API server"));
  }

  @Test
  void statefulSetMaxUnavailableDependsOnItsFeature() {
    // validateRollingUpdateStatefulSet checks maxUnavailable only when the field survives
    // dropDisabledFields (MaxUnavailableStatefulSet).
    assertThat(run("statefulset-spec-invalid")).filteredOn(f -> f.path().endsWith("maxUnavailable")).hasSize(2)
        .allSatisfy(f -> assertThat(f.consequence()).contains("MaxUnavailableStatefulSet"));
  }
}

package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.ApiVersionLifecycle.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled table against the upstream deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/, "Removed APIs by release"),
 * transcribed here independently of the data file, one row per apiVersion and kind.
 */
class ApiVersionsTest {

  /** apiVersion, kind, removed in, replacement (null: none). */
  static Stream<Arguments> guide() {
    return Stream.of(
        // v1.16
        Arguments.of("extensions/v1beta1", "Deployment", 16, "apps/v1"),
        Arguments.of("apps/v1beta1", "Deployment", 16, "apps/v1"),
        Arguments.of("apps/v1beta2", "Deployment", 16, "apps/v1"),
        Arguments.of("extensions/v1beta1", "DaemonSet", 16, "apps/v1"),
        Arguments.of("apps/v1beta2", "DaemonSet", 16, "apps/v1"),
        Arguments.of("apps/v1beta1", "StatefulSet", 16, "apps/v1"),
        Arguments.of("apps/v1beta2", "StatefulSet", 16, "apps/v1"),
        Arguments.of("extensions/v1beta1", "ReplicaSet", 16, "apps/v1"),
        Arguments.of("apps/v1beta1", "ReplicaSet", 16, "apps/v1"),
        Arguments.of("apps/v1beta2", "ReplicaSet", 16, "apps/v1"),
        Arguments.of("extensions/v1beta1", "NetworkPolicy", 16, "networking.k8s.io/v1"),
        Arguments.of("extensions/v1beta1", "PodSecurityPolicy", 16, null),
        // v1.22
        Arguments.of("extensions/v1beta1", "Ingress", 22, "networking.k8s.io/v1"),
        Arguments.of("networking.k8s.io/v1beta1", "Ingress", 22, "networking.k8s.io/v1"),
        Arguments.of("networking.k8s.io/v1beta1", "IngressClass", 22, "networking.k8s.io/v1"),
        Arguments.of("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", 22, "apiextensions.k8s.io/v1"),
        Arguments.of("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", 22, "admissionregistration.k8s.io/v1"),
        Arguments.of("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", 22, "admissionregistration.k8s.io/v1"),
        Arguments.of("apiregistration.k8s.io/v1beta1", "APIService", 22, "apiregistration.k8s.io/v1"),
        Arguments.of("certificates.k8s.io/v1beta1", "CertificateSigningRequest", 22, "certificates.k8s.io/v1"),
        Arguments.of("coordination.k8s.io/v1beta1", "Lease", 22, "coordination.k8s.io/v1"),
        Arguments.of("rbac.authorization.k8s.io/v1beta1", "ClusterRole", 22, "rbac.authorization.k8s.io/v1"),
        Arguments.of("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", 22, "rbac.authorization.k8s.io/v1"),
        Arguments.of("rbac.authorization.k8s.io/v1beta1", "Role", 22, "rbac.authorization.k8s.io/v1"),
        Arguments.of("rbac.authorization.k8s.io/v1beta1", "RoleBinding", 22, "rbac.authorization.k8s.io/v1"),
        Arguments.of("scheduling.k8s.io/v1beta1", "PriorityClass", 22, "scheduling.k8s.io/v1"),
        Arguments.of("storage.k8s.io/v1beta1", "CSIDriver", 22, "storage.k8s.io/v1"),
        Arguments.of("storage.k8s.io/v1beta1", "CSINode", 22, "storage.k8s.io/v1"),
        Arguments.of("storage.k8s.io/v1beta1", "StorageClass", 22, "storage.k8s.io/v1"),
        Arguments.of("storage.k8s.io/v1beta1", "VolumeAttachment", 22, "storage.k8s.io/v1"),
        // v1.25
        Arguments.of("batch/v1beta1", "CronJob", 25, "batch/v1"),
        Arguments.of("policy/v1beta1", "PodDisruptionBudget", 25, "policy/v1"),
        Arguments.of("policy/v1beta1", "PodSecurityPolicy", 25, null),
        Arguments.of("autoscaling/v2beta1", "HorizontalPodAutoscaler", 25, "autoscaling/v2"),
        Arguments.of("discovery.k8s.io/v1beta1", "EndpointSlice", 25, "discovery.k8s.io/v1"),
        Arguments.of("events.k8s.io/v1beta1", "Event", 25, "events.k8s.io/v1"),
        Arguments.of("node.k8s.io/v1beta1", "RuntimeClass", 25, "node.k8s.io/v1"),
        // v1.26
        Arguments.of("autoscaling/v2beta2", "HorizontalPodAutoscaler", 26, "autoscaling/v2"),
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", 26, "flowcontrol.apiserver.k8s.io/v1"),
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration", 26, "flowcontrol.apiserver.k8s.io/v1"),
        // v1.27
        Arguments.of("storage.k8s.io/v1beta1", "CSIStorageCapacity", 27, "storage.k8s.io/v1"),
        // v1.29
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", 29, "flowcontrol.apiserver.k8s.io/v1"),
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta2", "PriorityLevelConfiguration", 29, "flowcontrol.apiserver.k8s.io/v1"),
        // v1.32
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", 32, "flowcontrol.apiserver.k8s.io/v1"),
        Arguments.of("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", 32, "flowcontrol.apiserver.k8s.io/v1"));
  }

  @ParameterizedTest(name = "{0} {1} removed in 1.{2}")
  @MethodSource("guide")
  void rowMatchesTheGuideAndChangesStatusAtItsRemoval(String apiVersion, String kind, int removedIn, String replacement) {
    ApiVersionLifecycle row = ApiVersions.bundled().lookup(apiVersion, kind).orElseThrow();
    assertThat(row.removedIn()).isEqualTo(new KubernetesVersion(removedIn));
    assertThat(row.replacement()).isEqualTo(replacement);
    assertThat(row.deprecatedIn()).isLessThan(row.removedIn());
    assertThat(row.status(new KubernetesVersion(removedIn))).isEqualTo(Status.REMOVED);
    assertThat(row.status(new KubernetesVersion(removedIn - 1))).isEqualTo(Status.DEPRECATED);
    assertThat(row.status(row.deprecatedIn())).isEqualTo(Status.DEPRECATED);
    assertThat(row.status(new KubernetesVersion(row.deprecatedIn().minor() - 1))).isEqualTo(Status.SERVED);
  }

  @Test
  void theFileHasExactlyTheGuidesRows() {
    List<String> expected = guide().map(a -> a.get()[0] + " " + a.get()[1]).sorted().toList();
    List<String> actual = ApiVersions.bundled().all().stream().map(r -> r.apiVersion() + " " + r.kind()).sorted().toList();
    assertThat(actual).isEqualTo(expected);
    assertThat(ApiVersions.bundled().source()).contains("https://kubernetes.io/docs/reference/using-api/deprecation-guide/");
  }

  @Test
  void servedVersionsAndUnknownPairsAreNotInTheTable() {
    assertThat(ApiVersions.bundled().lookup("apps/v1", "Deployment")).isEmpty();
    assertThat(ApiVersions.bundled().lookup("autoscaling/v1", "HorizontalPodAutoscaler")).isEmpty();
    assertThat(ApiVersions.bundled().lookup("k8s.cni.cncf.io/v1", "NetworkAttachmentDefinition")).isEmpty();
    assertThat(ApiVersions.bundled().lookup("extensions/v1beta1", "Widget")).isEmpty();
    assertThat(ApiVersions.bundled().lookup(null, "Deployment")).isEmpty();
  }

  @Test
  void flowcontrolV1IsNamedOnlyFromTheReleaseThatServesIt() {
    ApiVersionLifecycle v1beta1 = ApiVersions.bundled().lookup("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema").orElseThrow();
    assertThat(v1beta1.replacementOn(new KubernetesVersion(28)))
        .isEqualTo("flowcontrol.apiserver.k8s.io/v1beta3 (flowcontrol.apiserver.k8s.io/v1 from 1.29 on)");
    assertThat(v1beta1.replacementOn(new KubernetesVersion(29))).isEqualTo("flowcontrol.apiserver.k8s.io/v1");
    ApiVersionLifecycle cronJob = ApiVersions.bundled().lookup("batch/v1beta1", "CronJob").orElseThrow();
    assertThat(cronJob.replacementOn(new KubernetesVersion(25))).isEqualTo("batch/v1");
  }
}

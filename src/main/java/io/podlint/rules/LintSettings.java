package io.podlint.rules;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Global settings from the command line and the config file that checks may consult.
 *
 * @param closedWorld the input holds every object the workloads refer to: a reference to an
 *     object that is not in the input is reported even when no object of that kind is there
 * @param customKinds extra workload kinds mapped to the dotted path of their pod template
 * @param extraSchemas files with schemas for kinds the bundled Kubernetes schema does not know:
 *     CustomResourceDefinitions, or JSON Schemas that name their kinds (see
 *     {@code docs/schemas.md})
 * @param kubernetesVersion the target cluster's release, read by version-dependent rules
 * @param podSecurity the Pod Security levels to assume in every namespace ({@code --pod-security} or
 *     {@code podSecurity} in the config), or null to read the labels of the input's Namespace objects
 * @param clusterProfile the target cluster's node pools ({@code --cluster-profile}), or null
 */
public record LintSettings(boolean closedWorld, Map<String, String> customKinds, List<Path> extraSchemas,
    KubernetesVersion kubernetesVersion, AssumedPodSecurity podSecurity, io.podlint.model.ClusterProfile clusterProfile) {
  public LintSettings {
    customKinds = Map.copyOf(customKinds);
    extraSchemas = List.copyOf(extraSchemas);
    kubernetesVersion = kubernetesVersion == null ? KubernetesVersion.DEFAULT : kubernetesVersion;
  }

  public LintSettings(boolean closedWorld, Map<String, String> customKinds, List<Path> extraSchemas,
      KubernetesVersion kubernetesVersion) {
    this(closedWorld, customKinds, extraSchemas, kubernetesVersion, null, null);
  }

  public LintSettings(boolean closedWorld, Map<String, String> customKinds, List<Path> extraSchemas) {
    this(closedWorld, customKinds, extraSchemas, KubernetesVersion.DEFAULT);
  }

  public LintSettings(boolean closedWorld, Map<String, String> customKinds) {
    this(closedWorld, customKinds, List.of());
  }

  public static LintSettings defaults() {
    return new LintSettings(false, Map.of());
  }

  public LintSettings withExtraSchemas(List<Path> schemas) {
    return new LintSettings(closedWorld, customKinds, schemas, kubernetesVersion, podSecurity, clusterProfile);
  }

  public LintSettings withKubernetesVersion(KubernetesVersion version) {
    return new LintSettings(closedWorld, customKinds, extraSchemas, version, podSecurity, clusterProfile);
  }

  public LintSettings withPodSecurity(AssumedPodSecurity assumed) {
    return new LintSettings(closedWorld, customKinds, extraSchemas, kubernetesVersion, assumed, clusterProfile);
  }

  public LintSettings withClusterProfile(io.podlint.model.ClusterProfile profile) {
    return new LintSettings(closedWorld, customKinds, extraSchemas, kubernetesVersion, podSecurity, profile);
  }
}

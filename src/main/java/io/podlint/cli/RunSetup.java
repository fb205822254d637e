package io.podlint.cli;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Config;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.policy.PolicySet;
import io.podlint.rules.LintSettings;
import io.podlint.rules.schema.SchemaCatalog;
import io.podlint.rules.schema.SchemaFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lint or describe run starts from: the config, the policies (with the config applied)
 * and the settings, or the located problems that make it a usage error.
 */
record RunSetup(Config config, PolicySet policies, List<BoundPolicy> active, LintSettings settings) {

  /** Every policy id, active or not (for suppressions of inactive rules). */
  Set<String> knownRules() {
    return Set.copyOf(policies.all().stream().map(BoundPolicy::id).toList());
  }

  /** @throws PolicyException with one located line per problem of the config, policy or schema files */
  static RunSetup of(SourceOptions o) throws PolicyException {
    Config config = ConfigFiles.load(o.configFile, o.noConfig);
    List<Path> folders = new ArrayList<>(config.policyFolders());
    folders.addAll(o.policyFolders);
    PolicySet policies = new PolicyLoader().load(folders);
    List<BoundPolicy> active = policies.active(config);
    List<Path> schemas = new ArrayList<>(config.schemas());
    schemas.addAll(o.schemaFiles);
    try {
      SchemaCatalog.load(schemas);
    } catch (SchemaFileException e) {
      throw new PolicyException(e.problems());
    }
    boolean closed = o.closedWorld || Boolean.TRUE.equals(config.closedWorld());
    LintSettings settings = new LintSettings(closed, config.workloadKinds(), schemas, kubernetesVersion(o, config));
    settings = settings.withPodSecurity(podSecurity(o, config));
    Path profile = o.clusterProfile != null ? o.clusterProfile : config.clusterProfile();
    if (profile != null) {
      settings = settings.withClusterProfile(io.podlint.policy.ClusterProfileLoader.load(profile));
    }
    return new RunSetup(config, policies, active, settings);
  }

  /** --kubernetes-version, else the config's kubernetesVersion, else the default release. */
  private static KubernetesVersion kubernetesVersion(SourceOptions o, Config config) throws PolicyException {
    if (o.kubernetesVersion != null) {
      try {
        return KubernetesVersion.target(o.kubernetesVersion);
      } catch (IllegalArgumentException e) {
        throw new PolicyException(List.of("--kubernetes-version: " + e.getMessage()));
      }
    }
    if (config.kubernetesVersion() != null) {
      try {
        return KubernetesVersion.target(config.kubernetesVersion());
      } catch (IllegalArgumentException e) {
        throw new PolicyException(List.of(config.file() + ": kubernetesVersion: " + e.getMessage()));
      }
    }
    return KubernetesVersion.DEFAULT;
  }

  /** {@code --pod-security} (an enforce level), else {@code podSecurity} of the config, else none. */
  private static AssumedPodSecurity podSecurity(SourceOptions o, Config config) throws PolicyException {
    if (o.podSecurity != null) {
      LevelVersion lv = LevelVersion.parse(o.podSecurity).orElseThrow(() -> new PolicyException(List.of(
          "--pod-security: \"%s\" is not LEVEL[:VERSION] (LEVEL privileged, baseline or restricted; VERSION latest or v1.NN, such as restricted:v1.30)"
              .formatted(o.podSecurity))));
      return new AssumedPodSecurity(NamespacePolicy.of(Mode.ENFORCE, lv), "--pod-security " + lv);
    }
    return config.podSecurity() == null ? null
        : new AssumedPodSecurity(config.podSecurity(), "podSecurity in " + config.file());
  }
}

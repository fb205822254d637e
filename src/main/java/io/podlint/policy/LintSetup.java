package io.podlint.policy;

import io.podlint.k8s.KubernetesVersion;
import io.podlint.k8s.podsecurity.AssumedPodSecurity;
import io.podlint.k8s.podsecurity.LevelVersion;
import io.podlint.k8s.podsecurity.Mode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.rules.LintSettings;
import io.podlint.rules.schema.SchemaCatalog;
import io.podlint.rules.schema.SchemaFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lint starts from, for the commands and the language server alike: the config, the
 * policies (built-in, the config's folders, then extra ones) with the config applied, and the
 * settings the checks consult, or the located problems that make the config unusable.
 */
public record LintSetup(Config config, PolicySet policies, List<BoundPolicy> active, LintSettings settings) {

  /**
   * What the command line adds to the config or sets over it; {@link #NONE} for the language server.
   *
   * @param kubernetesVersion {@code --kubernetes-version}, or null
   * @param podSecurity {@code --pod-security} (an enforce level), or null
   * @param clusterProfile {@code --cluster-profile}, or null
   */
  public record Overrides(List<Path> policyFolders, List<Path> schemaFiles, boolean closedWorld,
      String kubernetesVersion, String podSecurity, Path clusterProfile) {
    public static final Overrides NONE = new Overrides(List.of(), List.of(), false, null, null, null);

    public Overrides {
      policyFolders = List.copyOf(policyFolders);
      schemaFiles = List.copyOf(schemaFiles);
    }
  }

  /** Every policy id, active or not (for suppressions of inactive rules). */
  public Set<String> knownRules() {
    return Set.copyOf(policies.all().stream().map(BoundPolicy::id).toList());
  }

  /** @throws PolicyException with one located line per problem of the policy, schema or profile files and values */
  public static LintSetup of(Config config, Overrides o) throws PolicyException {
    List<Path> folders = new ArrayList<>(config.policyFolders());
    folders.addAll(o.policyFolders());
    PolicySet policies = new PolicyLoader().load(folders);
    List<BoundPolicy> active = policies.active(config);
    List<Path> schemas = new ArrayList<>(config.schemas());
    schemas.addAll(o.schemaFiles());
    try {
      SchemaCatalog.load(schemas);
    } catch (SchemaFileException e) {
      throw new PolicyException(e.problems());
    }
    boolean closed = o.closedWorld() || Boolean.TRUE.equals(config.closedWorld());
    LintSettings settings = new LintSettings(closed, config.workloadKinds(), schemas, kubernetesVersion(o, config));
    settings = settings.withPodSecurity(podSecurity(o, config));
    Path profile = o.clusterProfile() != null ? o.clusterProfile() : config.clusterProfile();
    if (profile != null) {
      settings = settings.withClusterProfile(ClusterProfileLoader.load(profile));
    }
    return new LintSetup(config, policies, active, settings);
  }

  /** --kubernetes-version, else the config's kubernetesVersion, else the default release. */
  private static KubernetesVersion kubernetesVersion(Overrides o, Config config) throws PolicyException {
    if (o.kubernetesVersion() != null) {
      try {
        return KubernetesVersion.target(o.kubernetesVersion());
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
  private static AssumedPodSecurity podSecurity(Overrides o, Config config) throws PolicyException {
    if (o.podSecurity() != null) {
      LevelVersion lv = LevelVersion.parse(o.podSecurity()).orElseThrow(() -> new PolicyException(List.of(
          "--pod-security: \"%s\" is not LEVEL[:VERSION] (LEVEL privileged, baseline or restricted; VERSION latest or v1.NN, such as restricted:v1.30)"
              .formatted(o.podSecurity()))));
      return new AssumedPodSecurity(NamespacePolicy.of(Mode.ENFORCE, lv), "--pod-security " + lv);
    }
    return config.podSecurity() == null ? null
        : new AssumedPodSecurity(config.podSecurity(), "podSecurity in " + config.file());
  }
}

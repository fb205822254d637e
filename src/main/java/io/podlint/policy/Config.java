package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.k8s.podsecurity.NamespacePolicy;
import io.podlint.model.Severity;
import io.podlint.parse.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@code .podlint.yaml} file.
 *
 * @param file the config file, or null when none was found
 * @param failOn the severity threshold, or null when unset ({@code none} is {@link #NO_FAIL})
 * @param rules per-rule overrides by rule id
 * @param exclude glob patterns of paths not to lint
 * @param policyFolders extra policy folders, resolved against the config file's folder
 * @param schemas extra schema files, resolved against the config file's folder
 * @param workloadKinds custom workload kinds and the dotted path of their pod template
 * @param kubernetesVersion the target release as written ({@code 1.30}), or null when unset;
 *     validated by the command that uses it
 * @param podSecurity the Pod Security levels to assume in every namespace ({@code podSecurity}), or null
 * @param profiles named sets of opt-in policies to enable ({@code profiles}, such as {@code hardening})
 * @param clusterProfile the cluster profile file, resolved against the config file's folder, or null
 * @param render how charts and kustomizations are rendered (paths resolved against the file's folder)
 */
public record Config(Path file, String failOn, Boolean closedWorld, Map<String, RuleOverride> rules,
    List<String> exclude, List<Path> policyFolders, List<Path> schemas, Map<String, String> workloadKinds,
    String kubernetesVersion, NamespacePolicy podSecurity, List<String> profiles, Path clusterProfile,
    RenderSettings render) {

  public static final String NO_FAIL = "none";

  public Config {
    render = render != null ? render : new RenderSettings(null, null, null, null, null, null);
    rules = Map.copyOf(rules);
    exclude = List.copyOf(exclude);
    policyFolders = List.copyOf(policyFolders);
    schemas = List.copyOf(schemas);
    workloadKinds = Map.copyOf(workloadKinds);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  /** Only the basic settings; the others unset (render: the tools from PATH, no values). */
  public Config(Path file, String failOn, Boolean closedWorld, Map<String, RuleOverride> rules,
      List<String> exclude, List<Path> policyFolders, List<Path> schemas, Map<String, String> workloadKinds) {
    this(file, failOn, closedWorld, rules, exclude, policyFolders, schemas, workloadKinds, null, null, List.of(),
        null, null);
  }

  public static Config empty() {
    return new Config(null, null, null, Map.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * One rule's override: each part null when not set.
   *
   * @param params parameters merged over the policy's own
   * @param location where the rule's key is in the config file, or null when not from a file
   */
  public record RuleOverride(Boolean enabled, Severity severity, JsonNode params, Location location) {
    public RuleOverride(Boolean enabled, Severity severity, JsonNode params) {
      this(enabled, severity, params, null);
    }
  }
}

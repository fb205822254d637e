package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.model.Severity;
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
 * @param clusterProfile the cluster profile file, resolved against the config file's folder, or null
 */
public record Config(Path file, String failOn, Boolean closedWorld, Map<String, RuleOverride> rules,
    List<String> exclude, List<Path> policyFolders, List<Path> schemas, Map<String, String> workloadKinds,
    Path clusterProfile) {

  public static final String NO_FAIL = "none";

  public Config {
    rules = Map.copyOf(rules);
    exclude = List.copyOf(exclude);
    policyFolders = List.copyOf(policyFolders);
    schemas = List.copyOf(schemas);
    workloadKinds = Map.copyOf(workloadKinds);
  }

  public Config(Path file, String failOn, Boolean closedWorld, Map<String, RuleOverride> rules,
      List<String> exclude, List<Path> policyFolders, List<Path> schemas, Map<String, String> workloadKinds) {
    this(file, failOn, closedWorld, rules, exclude, policyFolders, schemas, workloadKinds, null);
  }

  public static Config empty() {
    return new Config(null, null, null, Map.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * One rule's override: each part null when not set.
   *
   * @param params parameters merged over the policy's own
   */
  public record RuleOverride(Boolean enabled, Severity severity, JsonNode params) {}
}

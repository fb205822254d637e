package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.model.Severity;
import java.util.List;

/**
 * One policy as written in a policy file (see {@code policies/policy.schema.json}).
 *
 * @param sources where a user can check the rule: kubernetes.io pages or upstream files and functions
 * @param reference deprecated free-text reference of custom policies written before {@code sources}; built-in
 *     policies have none
 * @param source the file it was read from, for error messages
 * @param subsumedBy rules that report the same cause: when one of them also fires on the same
 *     object and container, this policy's finding is dropped and the other says it covers it
 * @param profiles the named sets of opt-in policies it belongs to ({@code profiles:} in the config
 *     enables them all), such as {@code hardening}
 * @param autofix when the rule's findings carry a fix ({@code podlint fix}, SARIF and JSON
 *     {@code fixes}, editor code actions): which ones and what it does; null when they never do
 * @param texts the words of particular cases, by the name its check declares ({@code texts:} in the
 *     file, such as a consequence for StatefulSets), with placeholders the check fills; see
 *     {@link io.podlint.rules.PolicyText}
 */
public record Policy(String id, String category, Severity severity, boolean enabledByDefault,
    String summary, String description, String consequence, String remediation, List<String> sources,
    String reference, String check, JsonNode params, List<String> appliesTo, String source,
    List<String> subsumedBy, List<String> profiles, String autofix, java.util.Map<String, String> texts) {

  public Policy {
    texts = texts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(texts));
    appliesTo = appliesTo == null ? null : List.copyOf(appliesTo);
    sources = sources == null ? List.of() : List.copyOf(sources);
    subsumedBy = subsumedBy == null ? List.of() : List.copyOf(subsumedBy);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  /** A policy without texts of its own. */
  public Policy(String id, String category, Severity severity, boolean enabledByDefault,
      String summary, String description, String consequence, String remediation, List<String> sources,
      String reference, String check, JsonNode params, List<String> appliesTo, String source,
      List<String> subsumedBy, List<String> profiles, String autofix) {
    this(id, category, severity, enabledByDefault, summary, description, consequence, remediation, sources,
        reference, check, params, appliesTo, source, subsumedBy, profiles, autofix, java.util.Map.of());
  }

  /** A policy that no other rule subsumes, that belongs to no profile and has no fix. */
  public Policy(String id, String category, Severity severity, boolean enabledByDefault,
      String summary, String description, String consequence, String remediation, List<String> sources,
      String reference, String check, JsonNode params, List<String> appliesTo, String source) {
    this(id, category, severity, enabledByDefault, summary, description, consequence, remediation, sources,
        reference, check, params, appliesTo, source, List.of(), List.of(), null);
  }

  public Policy withSeverity(Severity s) {
    return new Policy(id, category, s, enabledByDefault, summary, description, consequence,
        remediation, sources, reference, check, params, appliesTo, source, subsumedBy, profiles, autofix, texts);
  }
}

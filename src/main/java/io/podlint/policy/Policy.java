package io.podlint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podlint.model.Severity;
import java.util.List;

/**
 * One policy as written in a policy file (see {@code policies/policy.schema.json}).
 *
 * @param sources where a user can check the rule: kubernetes.io pages or upstream files and functions
 * @param reference deprecated: a section of the team's domain notes, null when {@code sources} are given
 * @param source the file it was read from, for error messages
 * @param profiles the named sets of opt-in policies it belongs to ({@code profiles:} in the config
 *     enables them all), such as {@code hardening}
 */
public record Policy(String id, String category, Severity severity, boolean enabledByDefault,
    String summary, String description, String consequence, String remediation, List<String> sources,
    String reference, String check, JsonNode params, List<String> appliesTo, String source, List<String> profiles) {

  public Policy {
    appliesTo = appliesTo == null ? null : List.copyOf(appliesTo);
    sources = sources == null ? List.of() : List.copyOf(sources);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  public Policy(String id, String category, Severity severity, boolean enabledByDefault,
      String summary, String description, String consequence, String remediation, List<String> sources,
      String reference, String check, JsonNode params, List<String> appliesTo, String source) {
    this(id, category, severity, enabledByDefault, summary, description, consequence, remediation, sources,
        reference, check, params, appliesTo, source, List.of());
  }

  public Policy withSeverity(Severity s) {
    return new Policy(id, category, s, enabledByDefault, summary, description, consequence,
        remediation, sources, reference, check, params, appliesTo, source, profiles);
  }
}

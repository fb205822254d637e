package io.podlint.policy;

import io.podlint.rules.Check;
import java.util.Set;

/**
 * A policy joined to its check and its bound parameters: ready to run.
 *
 * @param kinds the kinds it applies to (the policy's {@code appliesTo} or the check's default)
 */
public record BoundPolicy(Policy policy, Check<Object> check, Object params, Set<String> kinds) {
  public String id() {
    return policy.id();
  }

  public boolean appliesTo(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}

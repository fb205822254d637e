package io.podlint.policy;

import io.podlint.rules.Check;
import io.podlint.rules.ReadyCheck;
import java.util.Set;

/**
 * A policy joined to its check and its bound parameters, and the check compiled with them: ready
 * to run.
 *
 * @param params the bound parameters, of the check's {@link Check#paramsType()}
 * @param kinds the kinds it applies to (the policy's {@code appliesTo} or the check's default)
 * @param ready the check compiled for these parameters, once: what the linter runs
 */
public record BoundPolicy(Policy policy, Check<?> check, Object params, Set<String> kinds, ReadyCheck ready) {

  /** Binds a policy: compiles its check with {@code params}; an IllegalArgumentException is a bad parameter. */
  public static BoundPolicy of(Policy policy, Check<?> check, Object params, Set<String> kinds) {
    return new BoundPolicy(policy, check, params, kinds, compile(check, params));
  }

  /** The compile step; {@code params} must be of the check's parameter type. */
  public static <P> ReadyCheck compile(Check<P> check, Object params) {
    return check.compile(check.paramsType().cast(params));
  }

  /** The same check and parameters under another policy text (an overridden severity, say). */
  public BoundPolicy withPolicy(Policy other) {
    return new BoundPolicy(other, check, params, kinds, ready);
  }

  /** The same policy with other parameters (of the check's type), compiled again. */
  public BoundPolicy withParams(Object other) {
    return of(policy, check, other, kinds);
  }

  public String id() {
    return policy.id();
  }

  public boolean appliesTo(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}

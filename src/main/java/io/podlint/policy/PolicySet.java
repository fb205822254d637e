package io.podlint.policy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policies of one run, sorted by id. */
public final class PolicySet {
  private final Map<String, BoundPolicy> byId = new LinkedHashMap<>();

  public PolicySet(List<BoundPolicy> policies) {
    policies.stream().sorted(Comparator.comparing(BoundPolicy::id)).forEach(p -> byId.put(p.id(), p));
  }

  /** Every known policy, enabled or not. */
  public List<BoundPolicy> all() {
    return List.copyOf(byId.values());
  }

  public Optional<BoundPolicy> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The policies to run under a config: enabled by default, by one of the config's profiles or by
   * its rules (which win), with the config's
   * severity and parameters. Unknown rule ids and bad parameters are config errors.
   */
  public List<BoundPolicy> active(Config config) throws PolicyException {
    List<String> problems = new java.util.ArrayList<>();
    config.rules().entrySet().stream()
        .filter(e -> !byId.containsKey(e.getKey()))
        .sorted(Comparator.comparing((Map.Entry<String, Config.RuleOverride> e) -> e.getValue().location(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Map.Entry::getKey))
        .forEach(e -> problems.add("%s%s: rules.%s: unknown rule%s; 'podlint rules' lists them".formatted(config.file(),
            e.getValue().location() == null ? "" : ":" + e.getValue().location(), e.getKey(),
            io.podlint.rules.Text.didYouMean(e.getKey(), byId.keySet()))));
    for (BoundPolicy p : byId.values()) {
      for (String other : p.policy().subsumedBy()) {
        if (!byId.containsKey(other) || other.equals(p.id())) {
          problems.add("%s: subsumedBy names %s \"%s\"%s".formatted(p.policy().source(),
              other.equals(p.id()) ? "the policy itself," : "unknown rule", other,
              other.equals(p.id()) ? "" : io.podlint.rules.Text.didYouMean(other, byId.keySet())));
        }
      }
    }
    java.util.Set<String> known = new java.util.TreeSet<>();
    byId.values().forEach(p -> known.addAll(p.policy().profiles()));
    for (String profile : config.profiles()) {
      if (!known.contains(profile)) {
        problems.add("%s: unknown profile \"%s\"%s; the profiles are %s".formatted(config.file(), profile,
            io.podlint.rules.Text.didYouMean(profile, known), String.join(", ", known)));
      }
    }
    List<BoundPolicy> out = new java.util.ArrayList<>();
    for (BoundPolicy p : byId.values()) {
      Config.RuleOverride o = config.rules().get(p.id());
      boolean inProfile = p.policy().profiles().stream().anyMatch(config.profiles()::contains);
      boolean enabled = o != null && o.enabled() != null ? o.enabled() : p.policy().enabledByDefault() || inProfile;
      if (!enabled) {
        continue;
      }
      BoundPolicy bound = p;
      if (o != null && o.severity() != null) {
        bound = bound.withPolicy(bound.policy().withSeverity(o.severity()));
      }
      if (o != null && o.params() != null) {
        try {
          bound = PolicyLoader.rebind(bound, o.params());
        } catch (IllegalArgumentException e) {
          problems.add("%s%s: rules.%s.params: %s".formatted(config.file(),
              o.location() == null ? "" : ":" + o.location(), p.id(), e.getMessage()));
        }
      }
      out.add(bound);
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    return out;
  }
}

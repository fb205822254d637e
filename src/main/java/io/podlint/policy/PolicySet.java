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
}

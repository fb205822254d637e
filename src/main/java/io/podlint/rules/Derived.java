package io.podlint.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value derived from a check's bound parameters (parsed quantities, compiled patterns...),
 * computed once per parameters value rather than once per workload. Parameter records cannot hold
 * derived fields without Jackson taking them for parameters, hence this memo beside them.
 *
 * @param <P> the parameter record (equal records share the value)
 * @param <T> the derived value, which must be immutable: every worker thread reads it
 */
public final class Derived<P, T> {
  private final Map<P, T> values = new ConcurrentHashMap<>();
  private final Function<P, T> compute;

  public Derived(Function<P, T> compute) {
    this.compute = compute;
  }

  public T of(P params) {
    return values.computeIfAbsent(params, compute);
  }
}

package io.podlint.rules;

import io.podlint.model.Workload;

/**
 * A check called for every object that carries a pod template and whose kind the policy applies to.
 *
 * @param <P> the parameter type (see {@link Check})
 */
public interface WorkloadCheck<P> extends Check<P> {
  void checkWorkload(Workload workload, P params, CheckContext ctx);

  @Override
  default ReadyCheck compile(P params) {
    return ReadyCheck.onWorkload((w, ctx) -> checkWorkload(w, params, ctx));
  }

  /**
   * A workload check whose hook takes, instead of its parameters, a value derived from them once
   * per policy (parsed quantities, compiled patterns).
   *
   * @param <P> the parameter type
   * @param <D> what the hook takes; immutable, since every worker thread reads it
   */
  interface Deriving<P, D> extends Check<P> {
    /** Called once per policy, when it is bound; an {@link IllegalArgumentException} is a bad parameter. */
    D derive(P params);

    void checkWorkload(Workload workload, D derived, CheckContext ctx);

    @Override
    default ReadyCheck compile(P params) {
      D derived = derive(params);
      return ReadyCheck.onWorkload((w, ctx) -> checkWorkload(w, derived, ctx));
    }
  }
}

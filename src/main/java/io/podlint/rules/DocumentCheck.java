package io.podlint.rules;

import io.podlint.parse.Document;

/**
 * A check called for every object whose kind the policy applies to.
 *
 * @param <P> the parameter type (see {@link Check})
 */
public interface DocumentCheck<P> extends Check<P> {
  void checkDocument(Document document, P params, CheckContext ctx);

  @Override
  default ReadyCheck compile(P params) {
    return ReadyCheck.onDocument((d, ctx) -> checkDocument(d, params, ctx));
  }

  /**
   * A document check whose hook takes, instead of its parameters, a value derived from them once
   * per policy (parsed quantities, compiled patterns).
   *
   * @param <P> the parameter type
   * @param <D> what the hook takes; immutable, since every worker thread reads it
   */
  interface Deriving<P, D> extends Check<P> {
    /** Called once per policy, when it is bound; an {@link IllegalArgumentException} is a bad parameter. */
    D derive(P params);

    void checkDocument(Document document, D derived, CheckContext ctx);

    @Override
    default ReadyCheck compile(P params) {
      D derived = derive(params);
      return ReadyCheck.onDocument((d, ctx) -> checkDocument(d, derived, ctx));
    }
  }
}

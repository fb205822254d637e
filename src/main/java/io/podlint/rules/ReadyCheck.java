package io.podlint.rules;

import io.podlint.model.Workload;
import io.podlint.parse.Document;

/**
 * A check compiled for one policy ({@link Check#compile}): its hooks with the policy's parameters,
 * and whatever the check derives from them, bound in. Built once when the policy is bound; the
 * linter calls the hooks that are there.
 */
public final class ReadyCheck {
  /** The ready check of a policy whose findings the engine makes: no hook. */
  public static final ReadyCheck NONE = new ReadyCheck(null, null);

  /** Runs on an object whose kind the policy applies to. */
  @FunctionalInterface
  public interface OnDocument {
    void check(Document document, CheckContext ctx);
  }

  /** Runs on an object with a pod template whose kind the policy applies to. */
  @FunctionalInterface
  public interface OnWorkload {
    void check(Workload workload, CheckContext ctx);
  }

  private final OnDocument onDocument;
  private final OnWorkload onWorkload;

  private ReadyCheck(OnDocument onDocument, OnWorkload onWorkload) {
    this.onDocument = onDocument;
    this.onWorkload = onWorkload;
  }

  public static ReadyCheck onDocument(OnDocument hook) {
    return new ReadyCheck(java.util.Objects.requireNonNull(hook), null);
  }

  public static ReadyCheck onWorkload(OnWorkload hook) {
    return new ReadyCheck(null, java.util.Objects.requireNonNull(hook));
  }

  /** Both hooks, either of which may be null; the document hook runs first. */
  public static ReadyCheck of(OnDocument onDocument, OnWorkload onWorkload) {
    return onDocument == null && onWorkload == null ? NONE : new ReadyCheck(onDocument, onWorkload);
  }

  /** The document hook, or null. */
  public OnDocument document() {
    return onDocument;
  }

  /** The workload hook, or null. */
  public OnWorkload workload() {
    return onWorkload;
  }
}

package io.podlint.rules;

import io.podlint.model.Workload;
import java.util.List;

/**
 * The Java logic behind one or more policies. A policy file names a check by {@link #id()} and
 * supplies its parameters, severity and texts; the check only finds the offending nodes.
 *
 * <p>A check implements a hook interface: {@link DocumentCheck} (every object of the policy's
 * kinds), {@link WorkloadCheck} (every object with a pod template), their {@code Deriving}
 * forms for a check that derives state from its parameters, or {@link EngineCheck} for the
 * findings the engine makes itself. When a policy is bound, {@link #compile} turns the check and
 * the policy's parameters into a {@link ReadyCheck}, which is what the linter runs.
 *
 * <p>Contract: checks are stateless and thread-safe; they report only through the context, and
 * every report is attached to a YAML node (for a missing field: the parent mapping). A check
 * that needs other objects of the input (Services, ConfigMaps, NetworkAttachmentDefinitions)
 * asks for them with {@link CheckContext#afterIndex}, capturing only {@link Anchor}s and strings.
 *
 * @param <P> the parameter type, bound from the policy's {@code params} by Jackson when the
 *     policy is loaded (so a bad parameter fails before any manifest is read)
 */
public interface Check<P> {
  /** The id policies use in their {@code check:} field, in kebab case. */
  String id();

  /** The parameter record; checks without parameters keep the default, {@link NoParams}. */
  @SuppressWarnings("unchecked")
  default Class<P> paramsType() {
    return (Class<P>) NoParams.class;
  }

  /**
   * The texts this check takes, with these parameters, from its policy's {@code texts:}
   * ({@link CheckContext#text}); the policy must hold exactly these, with these placeholders.
   */
  default List<PolicyText> texts(P params) {
    return List.of();
  }

  /** Kinds the check looks at when a policy does not say ({@code appliesTo}); empty for all. */
  default List<String> defaultKinds() {
    return Workload.KINDS;
  }

  /**
   * The compile step, run once when a policy is bound: this check with the policy's parameters
   * (and what it derives from them), ready to run. An {@link IllegalArgumentException} is a bad
   * parameter. The hook interfaces implement it.
   */
  ReadyCheck compile(P params);
}

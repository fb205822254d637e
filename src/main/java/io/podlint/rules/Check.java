package io.podlint.rules;

import io.podlint.model.Workload;
import io.podlint.parse.Document;

/**
 * The Java logic behind one or more policies. A policy file names a check by {@link #id()} and
 * supplies its parameters, severity and texts; the check only finds the offending nodes.
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

  /** Called for every object whose kind the policy applies to. */
  default void checkDocument(Document document, P params, CheckContext ctx) {}

  /** Called for every object that carries a pod template and whose kind the policy applies to. */
  default void checkWorkload(io.podlint.model.Workload workload, P params, CheckContext ctx) {}

  /**
   * The texts this check takes, with these parameters, from its policy's {@code texts:}
   * ({@link CheckContext#text}); the policy must hold exactly these, with these placeholders.
   */
  default java.util.List<PolicyText> texts(P params) {
    return java.util.List.of();
  }

  /** Kinds the check looks at when a policy does not say ({@code appliesTo}); empty for all. */
  default java.util.List<String> defaultKinds() {
    return Workload.KINDS;
  }
}

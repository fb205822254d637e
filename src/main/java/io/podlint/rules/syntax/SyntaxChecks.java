package io.podlint.rules.syntax;

import io.podlint.rules.Check;
import io.podlint.rules.EngineCheck;
import java.util.List;

/** Problems the parser and the engine find themselves; these checks give them a policy to belong to. */
public final class SyntaxChecks {
  private SyntaxChecks() {}

  /** Findings of the parser (syntax errors, duplicate keys, safety limits). */
  public static final EngineCheck PARSE_PROBLEM = () -> "parse-problem";

  /** Findings about suppression directives (unused, without a reason), made by the engine. */
  public static final EngineCheck SUPPRESSION_DIRECTIVE = () -> "suppression-directive";

  public static final List<Check<?>> ALL = List.of(PARSE_PROBLEM, SUPPRESSION_DIRECTIVE);
}

package io.podlint.rules.syntax;

import io.podlint.rules.Check;
import io.podlint.rules.NoParams;
import java.util.List;

/** Problems the parser and the engine find themselves; these checks give them a policy to belong to. */
public final class SyntaxChecks {
  private SyntaxChecks() {}

  /** Findings of the parser (syntax errors, duplicate keys, safety limits). */
  public static final Check<NoParams> PARSE_PROBLEM = new Check<>() {
    @Override
    public String id() {
      return "parse-problem";
    }

    @Override
    public List<String> defaultKinds() {
      return List.of();
    }
  };

  /** Findings about suppression directives (unused, without a reason), made by the engine. */
  public static final Check<NoParams> SUPPRESSION_DIRECTIVE = new Check<>() {
    @Override
    public String id() {
      return "suppression-directive";
    }

    @Override
    public List<String> defaultKinds() {
      return List.of();
    }
  };

  public static final List<Check<?>> ALL = List.of(PARSE_PROBLEM, SUPPRESSION_DIRECTIVE);
}

package io.podlint.rules.syntax;

import io.podlint.rules.Check;
import io.podlint.rules.NoParams;
import java.util.List;

/** YAML-level problems. The parser finds them; these checks give them a policy to belong to. */
public final class SyntaxChecks {
  private SyntaxChecks() {}

  /** Findings of the parser (syntax errors, duplicate keys, safety limits). */
  public static final Check<NoParams> PARSE_PROBLEM = new Check<>() {
    @Override
    public String id() {
      return "parse-problem";
    }

    @Override
    public Class<NoParams> paramsType() {
      return NoParams.class;
    }

    @Override
    public List<String> defaultKinds() {
      return List.of();
    }
  };

  public static final List<Check<?>> ALL = List.of(PARSE_PROBLEM);
}

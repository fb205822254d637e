package io.podlint.policy;

import java.util.List;

/** One or more policy or configuration files are invalid; each problem is one located line. */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public PolicyException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

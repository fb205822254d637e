package io.podlint.cli;

/** Process exit codes, listed in {@code --help} and the README. */
public enum ExitCode {
  OK(0, "no finding at or above --fail-on"),
  FINDINGS(1, "findings at or above --fail-on (a YAML syntax error is one)"),
  USAGE(2, "usage error: bad option, missing path, unreadable file, bad policy or config file"),
  INTERNAL(3, "internal error: a bug in podlint (details with --debug)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}

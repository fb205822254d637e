package io.podlint.cli;

/** Process exit codes, listed in {@code --help} and the README. */
public enum ExitCode {
  OK(0, "no finding at or above --fail-on"),
  FINDINGS(1, "findings at or above --fail-on (a YAML syntax error is one)"),
  USAGE(2, "usage error: bad option, missing path, unreadable input or unwritable output file, bad policy, schema or config file"),
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

  /** The exit codes as {@code --help} lists them (one source for every command that uses them all). */
  static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (ExitCode c : values()) {
      out.put(String.valueOf(c.code), c.meaning);
    }
    return out;
  }

  public String meaning() {
    return meaning;
  }
}

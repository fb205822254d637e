package io.podlint.cli;

/** Lets tests outside the cli package run the CLI in-process. */
public final class MainAccess {
  private MainAccess() {}

  public record Result(int exitCode, String out, String err) {}

  public static Result run(String... args) {
    Cli c = Cli.run(args);
    return new Result(c.exitCode(), c.out(), c.err());
  }
}

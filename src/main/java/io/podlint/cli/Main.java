package io.podlint.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.in, Terminals.stdout(), Terminals.stderr());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs podlint as a library call: no exit, all output through the given writers.
   *
   * @param terminal whether standard output is a terminal (colour)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal) {
    return run(args, out, err, stdin, terminal, false);
  }

  /** @param errTerminal whether standard error is a terminal (progress on long runs) */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal,
      boolean errTerminal) {
    Io io = new Io(out, err, stdin, terminal, errTerminal);
    CommandLine cmd = new CommandLine(new PodlintCommand(io));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    for (CommandLine c : java.util.List.of(cmd, cmd.getSubcommands().get("lint"))) {
      c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    }
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean debug = parseResult.expandedArgs().contains("--debug");
      err.println("podlint: internal error: " + e
          + (debug ? "" : " (run again with --debug for the stack trace, and please report it)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL.code();
    });
    cmd.setParameterExceptionHandler((e, args1) -> {
      CommandLine c = e.getCommandLine();
      err.println("podlint: " + e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return ExitCode.USAGE.code();
    });
    return cmd.execute(args);
  }
}

package io.podlint.cli;

import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.fix.Fixer;
import io.podlint.fix.UnifiedDiff;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.policy.PolicyException;
import io.podlint.report.Format;
import io.podlint.report.ReportContext;
import io.podlint.util.Plural;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fix",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "Applies the fixes that are certain (exactly one correct edit) as minimal edits, so that comments,"
        + " order, quoting and indentation stay as they were; then lints again and reports what is left.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above the config's failOn (default error) is left",
        "1:such findings are left (see the report)",
        "2:usage error: bad option, missing path, standard input, unreadable or unwritable file, bad policy or config file",
        "3:internal error: a bug in podlint (details with --debug)"})
final class FixCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Mixin
  SourceOptions sources;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to fix in place.")
  List<String> paths;

  @Option(names = "--dry-run", description = "Report what would be fixed; change no file.")
  boolean dryRun;

  @Option(names = "--diff", description = "Print the fixes as a unified diff; change no file.")
  boolean diff;

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching GLOB (repeatable; added to the config's exclude).")
  List<String> excludes = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Io io = parent.io;
    if (paths.contains("-")) {
      io.err().println("podlint: fix rewrites files, so it cannot read standard input (\"-\"); use 'podlint lint -' to check it");
      return ExitCode.USAGE.code();
    }
    RunSetup setup;
    InputCollector.Collected inputs;
    try {
      setup = RunSetup.of(sources);
      inputs = setup.inputs(sources, paths, excludes, null, false, io.stdin());
    } catch (PolicyException e) {
      return RunSetup.usageError(io, e);
    }
    if (!inputs.errors().isEmpty()) {
      inputs.errors().forEach(e -> io.err().println("podlint: " + e));
      return ExitCode.USAGE.code();
    }
    java.util.Set<String> fixable = inputs.targetNames();
    List<io.podlint.engine.SourceFile> all = inputs.all();

    Linter linter = new Linter(setup.active(), setup.settings(), 0, setup.knownRules());
    Fixer.Outcome outcome = new Fixer(linter).run(all, fixable::contains);
    List<Fixer.FileState> changed = outcome.changed().stream()
        .filter(f -> fixable.contains(f.source().displayName())).toList();

    if (diff) {
      for (Fixer.FileState f : changed) {
        io.out().print(UnifiedDiff.of(f.source().displayName(), f.original(), f.text()));
      }
    } else {
      for (Fixer.FileState f : changed) {
        for (Finding applied : f.applied()) {
          io.out().println("%s:%d:%d %s %s: %s".formatted(applied.file(), applied.line(), applied.column(),
              dryRun ? "would fix" : "fixed", applied.ruleId(), applied.fix().description()));
        }
      }
    }
    if (!dryRun && !diff) {
      for (Fixer.FileState f : changed) {
        Path target = f.source().path();
        try {
          Files.write(target, f.bytes());
        } catch (IOException e) {
          io.err().println("podlint: " + OutputFiles.problem(target, e));
          return ExitCode.USAGE.code();
        }
      }
    }
    LintResult remaining = outcome.remaining();
    List<Finding> left = remaining.findings().stream().filter(f -> fixable.contains(f.file())).toList();
    int fixes = changed.stream().mapToInt(f -> f.applied().size()).sum();
    java.io.PrintWriter summaryOut = diff ? io.err() : io.out();
    if (!diff) {
      if (!left.isEmpty()) {
        io.out().println();
        ReportContext ctx = new ReportContext(setup.active(), Version.get(), false, Path.of("").toAbsolutePath());
        Format.TEXT.reporter().write(remaining.with(left, remaining.suppressed()), ctx, io.out());
      }
    }
    summaryOut.println("podlint: %s %s in %s; %s left".formatted(dryRun || diff ? "would fix" : "fixed",
        Plural.count(fixes, "problem"), Plural.count(changed.size(), "file"), Plural.count(left.size(), "problem")));
    remaining.inputErrors().forEach(e -> io.err().println("podlint: " + e));
    remaining.internalErrors().forEach(e -> io.err().println("podlint: " + e + (sources.debug ? "" : " (please report this bug)")));
    if (!remaining.internalErrors().isEmpty()) {
      return ExitCode.INTERNAL.code();
    }
    if (!remaining.inputErrors().isEmpty()) {
      return ExitCode.USAGE.code();
    }
    String threshold = setup.config().failOn() != null ? setup.config().failOn() : "error";
    Severity failOn = "none".equalsIgnoreCase(threshold) ? null : Severity.parse(threshold);
    return failOn != null && left.stream().anyMatch(f -> f.severity().atLeast(failOn))
        ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}

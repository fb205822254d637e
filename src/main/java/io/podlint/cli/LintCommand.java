package io.podlint.cli;

import io.podlint.engine.Baseline;
import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.model.Finding;
import io.podlint.model.Severity;
import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Config;
import io.podlint.policy.PolicyException;
import io.podlint.report.Format;
import io.podlint.report.ReportContext;
import io.podlint.util.Plural;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "Lints Kubernetes manifests: files, folders (recursively, *.yaml and *.yml; the Helm charts and"
        + " kustomizations in them rendered) and - for standard input.")
final class LintCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Mixin
  SourceOptions sources;

  @Mixin
  RenderOptions render;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
      description = "Output format: text, json, sarif, compact, github, junit or checkstyle (default: text)."
          + " Repeat to write several, each to its own file with FORMAT=FILE, e.g. -f text -f sarif=podlint.sarif.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the (first) report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit with 1 when a finding is at least this severe: error, warning, info or none (default: the config's failOn, else error).")
  String failOn;



  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline file.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the current findings to FILE as the accepted baseline (then exit 0 unless input or internal errors).")
  Path writeBaseline;

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching GLOB (repeatable; added to the config's exclude).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--no-color", description = "Never use colour (colour is only used on a terminal anyway).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "Report only findings at or above --fail-on, and print nothing when there are none.")
  boolean quiet;






  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor).")
  int threads;


  /** Simulates a bug, so that tests can check how internal errors are reported. */
  @Option(names = "--debug-crash", hidden = true)
  boolean debugCrash;

  @Override
  public Integer call() throws IOException {
    Io io = parent.io;
    if (debugCrash) {
      throw new IllegalStateException("simulated crash (--debug-crash)");
    }
    RunSetup setup;
    try {
      setup = RunSetup.of(sources);
    } catch (PolicyException e) {
      return RunSetup.usageError(io, e);
    }
    Config config = setup.config();
    List<BoundPolicy> active = setup.active();
    String threshold = failOn != null ? failOn : config.failOn() != null ? config.failOn() : "error";
    Severity failThreshold;
    try {
      failThreshold = "none".equalsIgnoreCase(threshold) ? null : Severity.parse(threshold);
    } catch (IllegalArgumentException e) {
      io.err().println("podlint: --fail-on must be one of error, warning, info, none (got \"" + threshold + "\")");
      return ExitCode.USAGE.code();
    }
    List<Output> outputs;
    try {
      outputs = outputs();
    } catch (IllegalArgumentException e) {
      io.err().println("podlint: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    List<Path> written = new ArrayList<>(outputs.stream().map(Output::file).filter(java.util.Objects::nonNull).toList());
    if (writeBaseline != null) {
      written.add(writeBaseline);
    }
    for (Path file : written) {
      var problem = OutputFiles.check(file);
      if (problem.isPresent()) {
        io.err().println("podlint: " + problem.get());
        return ExitCode.USAGE.code();
      }
    }
    InputCollector.Collected inputs;
    try {
      // the --nad-folder files are linted and reported like the paths given
      inputs = setup.inputs(sources, paths, excludes, render.renderer(setup), true, io.stdin());
    } catch (PolicyException e) {
      return RunSetup.usageError(io, e);
    }
    Linter linter = new Linter(active, setup.settings(), threads, setup.knownRules());
    Progress progress = io.errTerminal() ? new Progress(io.err(), inputs.all().size()) : null;
    LintResult result;
    try {
      result = (progress == null ? linter : linter.onFileDone(progress)).lint(inputs.all());
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    if (baseline != null) {
      try {
        result = Baseline.read(baseline).apply(result);
      } catch (IOException e) {
        io.err().println("podlint: " + baseline + ": " + e.getMessage());
        return ExitCode.USAGE.code();
      }
    }
    if (writeBaseline != null) {
      try {
        Baseline.write(result, writeBaseline);
      } catch (IOException e) {
        io.err().println("podlint: " + OutputFiles.problem(writeBaseline, e));
        return ExitCode.USAGE.code();
      }
      io.err().println("podlint: wrote " + Plural.count(result.findings().size(), "finding") + " to the baseline "
          + writeBaseline);
    }
    if (quiet && failThreshold != null) {
      List<Finding> kept = result.findings().stream().filter(f -> f.severity().atLeast(failThreshold)).toList();
      result = result.with(kept, result.suppressed());
    }
    result = result.withInputErrorsFirst(inputs.errors()); // so that the reports list them too
    List<String> inputErrors = result.inputErrors();
    inputErrors.forEach(e -> io.err().println("podlint: " + e));
    result.internalErrors().forEach(e -> io.err().println("podlint: " + e + (sources.debug ? "" : " (please report this bug)")));
    if (!(quiet && result.findings().isEmpty())) {
      for (Output o : outputs) {
        try {
          write(o, result, active, io);
        } catch (IOException e) {
          if (o.file() == null) {
            throw e;
          }
          io.err().println("podlint: " + OutputFiles.problem(o.file(), e));
          return ExitCode.USAGE.code();
        }
      }
    }
    if (!result.internalErrors().isEmpty()) {
      return ExitCode.INTERNAL.code();
    }
    if (!inputErrors.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    boolean failing = writeBaseline == null && failThreshold != null
        && result.findings().stream().anyMatch(f -> f.severity().atLeast(failThreshold));
    return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }


  private record Output(Format format, Path file) {}

  private List<Output> outputs() {
    List<Output> out = new ArrayList<>();
    List<String> specs = formats.isEmpty() ? List.of("text") : formats;
    boolean outputUsed = false;
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      if (eq >= 0 && spec.substring(eq + 1).isBlank()) {
        throw new IllegalArgumentException("-f " + spec + ": the file name after \"=\" is missing");
      }
      Path file = eq < 0 ? null : Path.of(spec.substring(eq + 1));
      Format format;
      try {
        format = Format.valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format \"" + name + "\"; use one of "
            + String.join(", ", java.util.Arrays.stream(Format.values()).map(Format::label).toList()));
      }
      if (file == null && output != null && !outputUsed) {
        file = output;
        outputUsed = true;
      }
      out.add(new Output(format, file));
    }
    long toStdout = out.stream().filter(o -> o.file() == null).count();
    if (toStdout > 1) {
      throw new IllegalArgumentException("only one format can go to standard output; give the others a file (FORMAT=FILE)");
    }
    return out;
  }

  private void write(Output o, LintResult result, List<BoundPolicy> active, Io io) throws IOException {
    boolean color = o.file() == null && io.terminal() && !noColor && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    ReportContext ctx = new ReportContext(active, Version.get(), color, Path.of("").toAbsolutePath());
    if (o.file() == null) {
      o.format().reporter().write(result, ctx, io.out());
      return;
    }
    try (Writer w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(o.file()), StandardCharsets.UTF_8))) {
      o.format().reporter().write(result, ctx, w);
    }
  }
}

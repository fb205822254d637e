package io.podlint.cli;

import io.podlint.describe.Describer;
import io.podlint.describe.Description;
import io.podlint.describe.JsonRenderer;
import io.podlint.describe.TextRenderer;
import io.podlint.engine.LintResult;
import io.podlint.engine.Linter;
import io.podlint.engine.SourceFile;
import io.podlint.policy.Config;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicySet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "Predicts the life of each workload's Pods from the manifests alone: admission, scheduling"
        + " footprint, network interfaces, start-up, failure behaviour and termination.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every workload would be accepted and has no error finding",
        "1:a workload has error findings (rejected, or failing at runtime), or a file has a YAML error",
        "2:usage error: bad option, missing path, unreadable file, bad policy or config file",
        "3:internal error: a bug in podlint (details with --debug)"})
final class DescribeCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Mixin
  SourceOptions sources;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  String format;








  @Override
  public Integer call() throws IOException {
    Io io = parent.io;
    if (!format.equals("text") && !format.equals("json")) {
      io.err().println("podlint: unknown format \"" + format + "\"; use text or json");
      return ExitCode.USAGE.code();
    }
    RunSetup setup;
    InputCollector.Collected described;
    try {
      setup = RunSetup.of(sources);
      described = setup.inputs(sources, paths, List.of(), null, false, io.stdin());
    } catch (PolicyException e) {
      return RunSetup.usageError(io, e);
    }
    Config config = setup.config();
    PolicySet policies = setup.policies();
    List<SourceFile> all = described.all();

    LintResult result = new Linter(setup.active(), setup.settings(), 0, setup.knownRules()).lint(all);

    List<String> inputErrors = new ArrayList<>(described.errors());
    inputErrors.addAll(result.inputErrors());
    inputErrors.forEach(e -> io.err().println("podlint: " + e));
    result.internalErrors().forEach(e -> io.err().println("podlint: " + e + (sources.debug ? "" : " (please report this bug)")));

    Map<String, String> summaries = new HashMap<>();
    policies.all().forEach(p -> summaries.put(p.id(), p.policy().summary()));
    Description description = Description.of(result, described.targets(), config.workloadKinds(), new Describer(summaries, setup.settings()));
    if (format.equals("json")) {
      JsonRenderer.write(description, Version.get(), setup.settings().kubernetesVersion(), io.out());
    } else {
      TextRenderer.write(description, setup.settings().kubernetesVersion(), io.out());
    }
    if (!result.internalErrors().isEmpty()) {
      return ExitCode.INTERNAL.code();
    }
    if (!inputErrors.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    return description.hasErrors() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}

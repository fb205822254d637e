package io.podlint.cli;

import io.podlint.policy.BoundPolicy;
import io.podlint.policy.Policy;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.report.RuleDocs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = PodlintCommand.VersionProvider.class,
    description = "Lists every rule: id, severity, category and summary.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table) or markdown (the generated docs/rules.md).")
  String format;

  @Option(names = "--policies", paramLabel = "FOLDER", description = "Also load the policy files of FOLDER (repeatable).")
  List<Path> policyFolders = new ArrayList<>();

  @Override
  public Integer call() {
    Io io = parent.io;
    List<BoundPolicy> policies;
    try {
      policies = new PolicyLoader().load(policyFolders).all();
    } catch (PolicyException e) {
      e.problems().forEach(p -> io.err().println("podlint: " + p));
      return ExitCode.USAGE.code();
    }
    switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "markdown" -> io.out().print(RuleDocs.markdown(policies));
      case "text" -> {
        int width = policies.stream().mapToInt(p -> p.id().length()).max().orElse(10);
        for (BoundPolicy b : policies) {
          Policy p = b.policy();
          io.out().printf("%-" + width + "s  %-7s  %-14s  %s%s%n", p.id(), p.severity().label(), p.category(),
              p.summary(), p.enabledByDefault() ? "" : " (opt-in)");
        }
      }
      default -> {
        io.err().println("podlint: unknown format \"" + format + "\"; use text or markdown");
        return ExitCode.USAGE.code();
      }
    }
    io.out().flush();
    return ExitCode.OK.code();
  }
}

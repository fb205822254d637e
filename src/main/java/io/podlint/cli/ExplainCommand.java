package io.podlint.cli;

import io.podlint.policy.BoundPolicy;
import io.podlint.policy.PolicyException;
import io.podlint.policy.PolicyLoader;
import io.podlint.policy.PolicySet;
import io.podlint.report.RuleDocs;
import io.podlint.rules.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = PodlintCommand.VersionProvider.class,
    description = "Prints the full documentation of a rule.")
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Parameters(paramLabel = "RULE-ID", description = "The rule to explain, as listed by 'podlint rules'.")
  String ruleId;

  @Option(names = "--policies", paramLabel = "FOLDER", description = "Also load the policy files of FOLDER (repeatable).")
  List<Path> policyFolders = new ArrayList<>();

  @Override
  public Integer call() {
    Io io = parent.io;
    PolicySet policies;
    try {
      policies = new PolicyLoader().load(policyFolders);
    } catch (PolicyException e) {
      e.problems().forEach(p -> io.err().println("podlint: " + p));
      return ExitCode.USAGE.code();
    }
    Optional<BoundPolicy> p = policies.get(ruleId);
    if (p.isEmpty()) {
      List<String> ids = policies.all().stream().map(BoundPolicy::id).toList();
      io.err().println("podlint: unknown rule \"" + ruleId + "\"" + Text.didYouMean(ruleId, ids)
          + "; 'podlint rules' lists them");
      return ExitCode.USAGE.code();
    }
    io.out().print(RuleDocs.section(p.get()));
    io.out().flush();
    return ExitCode.OK.code();
  }
}

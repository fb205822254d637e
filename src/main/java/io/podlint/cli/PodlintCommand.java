package io.podlint.cli;

import io.podlint.k8s.KubernetesVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "podlint",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "Finds the mistakes in Kubernetes workload manifests that the API server rejects"
        + " or that only show up in the cluster, before kubectl apply.",
    subcommands = {LintCommand.class, FixCommand.class, DescribeCommand.class, LspCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class,
        ConfigSchemaCommand.class, BenchCommand.class, TrainCdsCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  podlint lint deploy/", "  podlint describe deploy/web.yaml", "  helm template ./chart | podlint lint -", "  podlint explain probe-port-name-unknown"})
final class PodlintCommand implements java.util.concurrent.Callable<Integer> {
  final Io io;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  PodlintCommand(Io io) {
    this.io = io;
  }

  /** Bare {@code podlint} is a usage error: the usage goes to standard error, as for a bad option. */
  @Override
  public Integer call() {
    spec.commandLine().usage(io.err());
    io.err().flush();
    return ExitCode.USAGE.code();
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"podlint " + Version.get(),
          "Kubernetes " + KubernetesVersion.DEFAULT + " by default (--kubernetes-version: "
              + KubernetesVersion.supportedRange() + ")"};
    }
  }
}

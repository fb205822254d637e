package io.podlint.cli;

import io.podlint.k8s.KubernetesVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "podlint",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "Finds the mistakes in Kubernetes workload manifests that the API server rejects"
        + " or that only show up in the cluster, before kubectl apply.",
    subcommands = {LintCommand.class, DescribeCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class, BenchCommand.class, TrainCdsCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  podlint lint deploy/", "  podlint describe deploy/web.yaml", "  helm template ./chart | podlint lint -", "  podlint explain probe-port-name-unknown"})
final class PodlintCommand implements Runnable {
  final Io io;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  PodlintCommand(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    spec.commandLine().usage(io.out());
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

package io.podlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = PodlintCommand.VersionProvider.class,
    description = "A Language Server Protocol server on standard input and output, for editors: diagnostics as you"
        + " type, the rule's documentation on hover, and the certain fixes as quick fixes. The workspace folder's"
        + " .podlint.yaml is honoured and its other manifests are read for cross-file checks.")
final class LspCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Override
  public Integer call() throws Exception {
    // LSP4J is loaded here only, so that the other commands start as fast as before.
    return io.podlint.lsp.LspMain.run(System.in, System.out, Version.get());
  }
}

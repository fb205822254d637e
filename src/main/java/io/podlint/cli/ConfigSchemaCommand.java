package io.podlint.cli;

import io.podlint.policy.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "config-schema", mixinStandardHelpOptions = true, versionProvider = PodlintCommand.VersionProvider.class,
    description = "Prints the JSON Schema that this podlint validates .podlint.yaml with, for editors.",
    footerHeading = "%nExample:%n",
    footer = {"  podlint config-schema > .podlint.schema.json",
        "  then start .podlint.yaml with: # yaml-language-server: $schema=.podlint.schema.json"})
final class ConfigSchemaCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Override
  public Integer call() throws IOException {
    Io io = parent.io;
    try (InputStream in = ConfigSchemaCommand.class.getClassLoader().getResourceAsStream(ConfigLoader.SCHEMA_RESOURCE)) {
      io.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    io.out().flush();
    return ExitCode.OK.code();
  }
}

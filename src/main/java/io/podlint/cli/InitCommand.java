package io.podlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = PodlintCommand.VersionProvider.class,
    description = "Writes a commented starter .podlint.yaml in the working folder.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand
  PodlintCommand parent;

  @Option(names = "--force", description = "Overwrite an existing file.")
  boolean force;

  @Option(names = "--file", paramLabel = "FILE", defaultValue = ".podlint.yaml",
      description = "Where to write it (default: ${DEFAULT-VALUE}).")
  Path file;

  @Override
  public Integer call() throws IOException {
    Io io = parent.io;
    if (Files.exists(file) && !Files.isDirectory(file) && !force) {
      io.err().println("podlint: " + file + " already exists; use --force to overwrite it");
      return ExitCode.USAGE.code();
    }
    byte[] text;
    try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream("podlint-init.yaml")) {
      text = in.readAllBytes();
    }
    var problem = OutputFiles.check(file);
    if (problem.isPresent()) {
      io.err().println("podlint: " + problem.get());
      return ExitCode.USAGE.code();
    }
    try {
      Files.write(file, text);
    } catch (IOException e) {
      io.err().println("podlint: " + OutputFiles.problem(file, e));
      return ExitCode.USAGE.code();
    }
    io.out().println("wrote " + file + "; edit it, then run: podlint lint .");
    io.out().flush();
    return ExitCode.OK.code();
  }
}

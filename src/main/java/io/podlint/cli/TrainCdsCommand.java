package io.podlint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Exercises every command, rule and report once on a bundled sample, printing nothing. The
 * launcher runs it to record a class-data sharing archive that holds what any run needs.
 */
@Command(name = "train-cds", hidden = true)
final class TrainCdsCommand implements Callable<Integer> {

  @Override
  public Integer call() throws IOException {
    byte[] sample;
    try (InputStream in = TrainCdsCommand.class.getResourceAsStream("cds-training.yaml")) {
      sample = in.readAllBytes();
    }
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    for (String format : new String[] {"text", "json", "sarif", "compact", "github", "junit", "checkstyle"}) {
      Main.run(new String[] {"lint", "--no-config", "-f", format, "-"}, sink, sink, new ByteArrayInputStream(sample), false);
    }
    Main.run(new String[] {"describe", "--no-config", "-"}, sink, sink, new ByteArrayInputStream(sample), false);
    Main.run(new String[] {"describe", "--no-config", "--format", "json", "-"}, sink, sink, new ByteArrayInputStream(sample), false);
    Main.run(new String[] {"rules"}, sink, sink, InputStream.nullInputStream(), false);
    Main.run(new String[] {"explain", "bare-pod"}, sink, sink, InputStream.nullInputStream(), false);
    return ExitCode.OK.code();
  }
}

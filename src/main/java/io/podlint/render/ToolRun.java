package io.podlint.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of a rendering tool: its exit code, standard output and standard error. */
record ToolRun(int exitCode, byte[] stdout, String stderr) {
  static final long TIMEOUT_SECONDS = 300;

  /** @throws IOException when the tool cannot be started, or runs longer than the timeout */
  static ToolRun of(List<String> command, Path workingDir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    if (workingDir != null) {
      pb.directory(workingDir.toFile());
    }
    Process p = pb.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(p.getErrorStream(), err), "podlint-render-stderr");
    errReader.setDaemon(true);
    errReader.start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("did not finish within " + TIMEOUT_SECONDS + " s");
      }
      errReader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted");
    }
    return new ToolRun(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process went away: what was read is what there is
    }
  }

  /** The tool's message on one line: its last non-blank lines, without kubectl's log prefix. */
  String message() {
    StringBuilder sb = new StringBuilder();
    for (String line : stderr.split("\r?\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      // kubectl logs as: E1204 02:15:15.938224   14580 run.go:72] "command failed" err="..."
      int err = l.indexOf(" err=\"");
      if (l.matches("^[EWI]\\d{4} .*") && err > 0) {
        l = l.substring(err + 6, l.endsWith("\"") ? l.length() - 1 : l.length()).replace("\\\"", "\"");
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(l);
    }
    String s = sb.length() == 0 ? "exit code " + exitCode : sb.toString();
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}

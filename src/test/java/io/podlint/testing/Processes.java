package io.podlint.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external programs for the integration tests: output captured, time bounded. */
public final class Processes {
  private Processes() {}

  /** What a program did; {@code exitCode} is -1 when it timed out (and was killed). */
  public record Result(int exitCode, String output, Duration took) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  public static Result run(Path dir, Map<String, String> env, Duration timeout, List<String> command) {
    long start = System.nanoTime();
    Path log = null;
    try {
      log = Files.createTempFile("podlint-process", ".log");
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      Process p = pb.start();
      boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      return new Result(done ? p.exitValue() : -1, out, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      return new Result(-1, String.valueOf(e.getMessage()), Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (log != null) {
        try {
          Files.deleteIfExists(log);
        } catch (IOException ignored) {
          // a temporary file
        }
      }
    }
  }

  /** Whether {@code program} is on the PATH. */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}

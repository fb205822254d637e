package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix: each input gets a clear one-line message and the documented exit code,
 * in bounded time, and the good file next to it is still linted.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {
  private static final String GOOD_JOB_WITH_ERROR = """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: still-linted}
      spec:
        template:
          spec:
            containers: [{name: a, image: "app:1.0"}]
      """;

  @TempDir
  Path dir;
  Path good;

  @BeforeEach
  void goodFile() throws Exception {
    good = dir.resolve("good.yaml");
    Files.writeString(good, GOOD_JOB_WITH_ERROR);
  }

  private Cli lint(Path bad) {
    Cli r = Cli.run("lint", "--no-config", "--no-color", bad.toString(), good.toString());
    assertThat(r.out()).as("the other file is still linted").contains("good.yaml:6:5 error restart-policy-job");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  private static String line(Cli r, String file) {
    return r.out().lines().filter(l -> l.startsWith(file + ":")).findFirst().orElse("<none>");
  }

  @Test
  void billionLaughs() throws Exception {
    StringBuilder sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      sb.append("a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n".formatted(i, i, i - 1, i - 1,
          i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1));
    }
    Path bad = dir.resolve("lol.yaml");
    Files.writeString(bad, sb.toString());
    Cli r = lint(bad);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(line(r, bad.toString())).contains("error yaml-syntax").contains("aliases");
  }

  @Test
  void deepNesting() throws Exception {
    Path bad = dir.resolve("deep.yaml");
    Files.writeString(bad, "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    Cli r = lint(bad);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(line(r, bad.toString())).contains("error yaml-syntax").containsIgnoringCase("nest");
  }

  @Test
  void fiftyMebibyteFileIsAccepted() throws Exception {
    Path big = dir.resolve("big.yaml");
    String doc = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm-%d, namespace: bulk}
        data:
          payload: "%s"
        ---
        """;
    String payload = "x".repeat(900);
    StringBuilder sb = new StringBuilder(52 * 1024 * 1024);
    for (int i = 0; sb.length() < 50 * 1024 * 1024; i++) {
      sb.append(doc.formatted(i, payload));
    }
    Files.writeString(big, sb.toString());
    Cli r = lint(big);
    assertThat(r.exitCode()).isEqualTo(1); // from good.yaml only
    assertThat(line(r, big.toString())).isEqualTo("<none>");
  }

  @Test
  void binaryDataAndNulBytes() throws Exception {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    Path bin = dir.resolve("random.yaml");
    Files.write(bin, random);
    Cli r = lint(bin);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(line(r, bin.toString())).contains("error yaml-syntax");
    Path nul = dir.resolve("nul.yaml");
    Files.write(nul, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\u0000b\n".getBytes(StandardCharsets.UTF_8));
    Cli n = lint(nul);
    assertThat(line(n, nul.toString())).startsWith(nul + ":4:").contains("error yaml-syntax");
  }

  @Test
  void invalidUtf8AndUtf16() throws Exception {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "kind: ConfigMap\ndata:\n  city: Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli r = lint(latin1);
    assertThat(line(r, latin1.toString())).startsWith(latin1 + ":3:").contains("not valid UTF-8");
    Path utf16 = dir.resolve("utf16.yaml");
    byte[] body = GOOD_JOB_WITH_ERROR.replace("still-linted", "utf16").getBytes(StandardCharsets.UTF_16BE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFE;
    withBom[1] = (byte) 0xFF;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    Cli u = lint(utf16);
    assertThat(line(u, utf16.toString())).contains(":6:5 error restart-policy-job");
  }

  @Test
  void emptyAndCommentOnlyFiles() throws Exception {
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "");
    Path comments = dir.resolve("comments.yaml");
    Files.writeString(comments, "# nothing\n---\n# still nothing\n");
    Cli r = Cli.run("lint", "--no-config", empty.toString(), comments.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("no problems found in 2 files");
  }

  @Test
  void folderSymlinkLoop() throws Exception {
    Path sub = dir.resolve("sub");
    Files.createDirectories(sub);
    Files.writeString(sub.resolve("job.yaml"), GOOD_JOB_WITH_ERROR.replace("still-linted", "in-loop"));
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    Cli r = Cli.run("lint", "--no-config", "-f", "json", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().split("\"ruleId\" : \"restart-policy-job\"", -1)).hasSize(3); // each file once
  }

  @Test
  void unreadableFileIsAUsageError() throws Exception {
    Path locked = dir.resolve("locked.yaml");
    Files.writeString(locked, GOOD_JOB_WITH_ERROR);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "running as root: permissions do not stop reading");
    Cli r = lint(locked);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(locked + ": cannot read: permission denied");
  }

  @Test
  void fifoIsAUsageErrorAndNeverBlocks() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo not available");
    Cli r = lint(fifo);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("podlint: " + fifo + ": cannot read: not a regular file (FIFO, device or socket?)");
    Cli walked = Cli.run("lint", "--no-config", dir.toString()); // in a folder walk it is skipped
    assertThat(walked.exitCode()).isEqualTo(1);
    assertThat(walked.err()).isEmpty();
  }

  @Test
  void javaClassTag() throws Exception {
    Path bad = dir.resolve("tag.yaml");
    Files.writeString(bad, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/pwned\"]]\n");
    Cli r = lint(bad);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(line(r, bad.toString())).startsWith(bad + ":4:9 error yaml-syntax").contains("!!java.lang.ProcessBuilder");
    assertThat(Path.of("/tmp/pwned")).doesNotExist();
  }
}

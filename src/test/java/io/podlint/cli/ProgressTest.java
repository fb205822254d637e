package io.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @Test
  void manyFilesShowACounterThatIsErasedAtTheEnd() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), 250);
    for (int i = 0; i < 250; i++) {
      p.run();
    }
    assertThat(err.toString()).startsWith("\rpodlint: 1/250 files").endsWith("\rpodlint: 250/250 files");
    p.finish();
    assertThat(err.toString()).endsWith("\r\u001b[K");
  }

  @Test
  void aFewQuickFilesShowNothing() {
    StringWriter err = new StringWriter();
    Progress p = new Progress(new PrintWriter(err), 3);
    p.run();
    p.run();
    p.run();
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theCliShowsProgressOnlyWhenStandardErrorIsATerminal(@TempDir Path dir) throws Exception {
    for (int i = 0; i < Progress.MANY_FILES + 1; i++) {
      Files.writeString(dir.resolve("f%03d.yaml".formatted(i)), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
    }
    String[] args = {"lint", "--no-config", dir.toString()};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]),
        true, true);
    assertThat(code).isZero();
    assertThat(err.toString()).contains("/201 files").endsWith("\r\u001b[K");
    boolean colourAllowed = System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    assertThat(out.toString()).contains((colourAllowed ? "\u001b[1m" : "") + "no problems found in 201 files");

    Cli piped = Cli.run(args);
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).isEqualTo("no problems found in 201 files (201 objects, 0 workloads)\n");
  }
}

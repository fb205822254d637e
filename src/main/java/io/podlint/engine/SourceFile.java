package io.podlint.engine;

import java.nio.file.Path;

/**
 * One input: a file on disk, or bytes already read (standard input).
 *
 * @param displayName the name used in findings
 * @param path the file to read, or null when {@code content} is given
 * @param attribution for rendered output, how findings go back to the source files; else null
 */
public record SourceFile(String displayName, Path path, byte[] content, Attribution attribution) {
  public static SourceFile of(String displayName, Path path) {
    return new SourceFile(displayName, path, null, null);
  }

  public static SourceFile ofBytes(String displayName, byte[] content) {
    return new SourceFile(displayName, null, content, null);
  }

  /** Output podlint rendered itself, with the way back to its source files. */
  public static SourceFile rendered(String displayName, byte[] content, Attribution attribution) {
    return new SourceFile(displayName, null, content, attribution);
  }
}

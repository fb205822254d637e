package io.podlint.engine;

import java.nio.file.Path;

/**
 * One input: a file on disk, or bytes already read (standard input).
 *
 * @param displayName the name used in findings
 * @param path the file to read, or null when {@code content} is given
 */
public record SourceFile(String displayName, Path path, byte[] content) {
  public static SourceFile of(String displayName, Path path) {
    return new SourceFile(displayName, path, null);
  }

  public static SourceFile ofBytes(String displayName, byte[] content) {
    return new SourceFile(displayName, null, content);
  }
}

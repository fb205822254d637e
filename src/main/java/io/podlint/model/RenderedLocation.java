package io.podlint.model;

import java.util.Objects;

/**
 * Where a finding that was attributed to a Helm template was actually found: the rendered file
 * (often standard input) and the line and column in it.
 */
public record RenderedLocation(String file, int line, int column) {
  public RenderedLocation {
    Objects.requireNonNull(file);
  }

  /** {@code file:line:col}, as text reports print it. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

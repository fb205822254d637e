package io.podlint.engine;

import io.podlint.parse.Document;
import io.podlint.parse.Location;

/**
 * Maps positions in a rendered input (a Helm chart or a kustomization podlint rendered itself)
 * back to the source files the user edits.
 */
public interface Attribution {
  /** A position in a source file. */
  record Place(String file, int line, int column) {}

  /** The source file of a rendered document (its template or kustomize origin), or null. */
  String sourceOf(Document d);

  /**
   * Where the field at {@code path} of the {@code index}th rendered document, found at {@code at}
   * in the rendered text, is written; null to keep the rendered position.
   */
  Place locate(Document d, String path, Location at);
}

package io.podlint.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Helm charts on disk. */
public final class Charts {
  private Charts() {}

  /** Whether a folder holds a Helm chart: a {@code Chart.yaml}. */
  public static boolean isChart(Path dir) {
    return Files.isRegularFile(dir.resolve("Chart.yaml"));
  }
}

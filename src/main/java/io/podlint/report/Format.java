package io.podlint.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats. */
public enum Format {
  TEXT(TextReporter::new),
  JSON(JsonReporter::new),
  SARIF(SarifReporter::new),
  COMPACT(CompactReporter::new),
  GITHUB(GithubReporter::new),
  JUNIT(JunitReporter::new),
  CHECKSTYLE(CheckstyleReporter::new);

  private final Supplier<Reporter> factory;

  Format(Supplier<Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter() {
    return factory.get();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

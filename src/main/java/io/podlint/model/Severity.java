package io.podlint.model;

import java.util.Locale;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** SARIF {@code level}: error, warning or note. */
  public String sarifLevel() {
    return this == INFO ? "note" : label;
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}

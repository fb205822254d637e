package io.podlint.rules.schema;

import java.util.List;

/** Extra schema files (from {@code --schema}) that cannot be used, with file:line:column problems. */
public final class SchemaFileException extends Exception {
  private final List<String> problems;

  public SchemaFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

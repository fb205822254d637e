package io.podlint.parse;

/** A problem found while reading or composing a file: it becomes a finding of a syntax policy. */
public record ParseProblem(Kind kind, Location location, String message) {
  public enum Kind {
    /** The text is not YAML (including Helm templates that were not rendered). */
    SYNTAX("yaml-syntax"),
    /** A mapping sets the same key twice. */
    DUPLICATE_KEY("yaml-duplicate-key"),
    /** Alias expansion, nesting or size beyond podlint's safety bounds. */
    LIMIT("yaml-syntax"),
    /** The bytes are not text in a supported encoding. */
    ENCODING("yaml-syntax");

    private final String policyId;

    Kind(String policyId) {
      this.policyId = policyId;
    }

    public String policyId() {
      return policyId;
    }
  }
}

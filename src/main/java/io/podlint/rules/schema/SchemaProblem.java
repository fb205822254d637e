package io.podlint.rules.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of problem the schema check finds; each built-in policy reports one of them. */
enum SchemaProblem {
  @JsonProperty("unknown-field") UNKNOWN_FIELD("schema-unknown-field"),
  @JsonProperty("wrong-type") WRONG_TYPE("schema-wrong-type"),
  @JsonProperty("missing-required") MISSING_REQUIRED("schema-missing-required"),
  @JsonProperty("invalid-enum") INVALID_ENUM("schema-invalid-enum"),
  @JsonProperty("constraint") CONSTRAINT("schema-constraint"),
  /** A wrong type that an unquoted YAML 1.1 boolean or octal number explains. */
  @JsonProperty("implicit-type") IMPLICIT_TYPE("yaml-implicit-type"),
  /** An unquoted base-60 number in a string field: kubectl keeps it as text, other tools do not. */
  @JsonProperty("sexagesimal") SEXAGESIMAL("yaml-sexagesimal");

  private final String policyId;

  SchemaProblem(String policyId) {
    this.policyId = policyId;
  }

  /** The built-in policy that reports this problem. */
  String policyId() {
    return policyId;
  }

  /** The more general problem that reports this one when its own policy does not run, or null. */
  SchemaProblem fallback() {
    return this == IMPLICIT_TYPE ? WRONG_TYPE : null;
  }
}

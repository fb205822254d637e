package io.podlint.rules.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;

/**
 * One problem in a Multus annotation value, located as precisely as the YAML scalar allows.
 *
 * @param value the annotation's value node (gives the finding its path)
 * @param at the exact location inside the value
 * @param fix the one certain repair, or null
 */
record ValueIssue(Kind kind, YamlNode value, Location at, String message, io.podlint.model.Fix fix) {

  ValueIssue(Kind kind, YamlNode value, Location at, String message) {
    this(kind, value, at, message, null);
  }

  /** What a problem means for the Pod; each kind belongs to one policy. */
  enum Kind {
    /** A YAML list, mapping, number or boolean where the API server wants a string. */
    @JsonProperty("not-a-string") NOT_A_STRING,
    /** Syntax, type or value errors: Multus fails CNI ADD. */
    @JsonProperty("malformed") MALFORMED,
    @JsonProperty("unknown-key") UNKNOWN_KEY,
    @JsonProperty("duplicate-key") DUPLICATE_KEY,
    @JsonProperty("deprecated-key") DEPRECATED_KEY,
    /** Works with Multus today, not with the spec or other implementations. */
    @JsonProperty("portability") PORTABILITY,
    @JsonProperty("interface-invalid") INTERFACE_INVALID,
    @JsonProperty("interface-conflict") INTERFACE_CONFLICT,
    @JsonProperty("default-route-elements") DEFAULT_ROUTE_ELEMENTS,
    @JsonProperty("default-route-ecmp") DEFAULT_ROUTE_ECMP,
    @JsonProperty("default-network-count") DEFAULT_NETWORK_COUNT,
    @JsonProperty("default-network-namespace") DEFAULT_NETWORK_NAMESPACE
  }
}

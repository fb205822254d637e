package io.podlint.schemagen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one overlay enum in one Kubernetes release. An overlay value is a string (known to
 * every supported release) or {@code {"value": "Lt", "since": "1.35", "until": "1.NN", "source":
 * "..."}}: {@code since} is the first release whose API knows the value (possibly behind a feature
 * gate that is off by default, so that podlint never rejects what a cluster may accept),
 * {@code until} the last one, and {@code source} the upstream code or docs that say so.
 */
final class EnumValues {
  private EnumValues() {}

  static List<String> at(JsonNode values, String release) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : values) {
      if (!v.isObject()) {
        out.add(v.asText());
        continue;
      }
      if (!v.hasNonNull("value") || !v.hasNonNull("source") || !v.hasNonNull("since") && !v.hasNonNull("until")) {
        throw new IllegalStateException("overlay enum value needs value, source and since or until: " + v);
      }
      if ((!v.has("since") || minor(v.get("since").asText()) <= minor(release))
          && (!v.has("until") || minor(release) <= minor(v.get("until").asText()))) {
        out.add(v.get("value").asText());
      }
    }
    return out;
  }

  /** 30 for "1.30". */
  static int minor(String release) {
    if (!release.matches("1\\.\\d+")) {
      throw new IllegalStateException("not a Kubernetes release: " + release);
    }
    return Integer.parseInt(release.substring(2));
  }
}

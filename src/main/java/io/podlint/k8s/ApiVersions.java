package io.podlint.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deprecated and removed API versions of built-in kinds, read from the bundled data file
 * {@code k8s/api-versions.yaml} (its {@code source:} names the upstream deprecation guide).
 */
public final class ApiVersions {
  static final String RESOURCE = "k8s/api-versions.yaml";

  private static final ApiVersions BUNDLED = load();

  private final String source;
  private final List<ApiVersionLifecycle> rows;
  private final Map<String, ApiVersionLifecycle> byKey = new HashMap<>();

  private ApiVersions(String source, List<ApiVersionLifecycle> rows) {
    this.source = source;
    this.rows = List.copyOf(rows);
    for (ApiVersionLifecycle r : rows) {
      if (byKey.put(key(r.apiVersion(), r.kind()), r) != null) {
        throw new IllegalStateException(RESOURCE + ": two rows for " + r.apiVersion() + " " + r.kind());
      }
    }
  }

  public static ApiVersions bundled() {
    return BUNDLED;
  }

  /** The row of an apiVersion and kind, if that pair was ever deprecated. */
  public Optional<ApiVersionLifecycle> lookup(String apiVersion, String kind) {
    if (apiVersion == null || kind == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(apiVersion.strip(), kind.strip())));
  }

  /** Every row, in file order. */
  public List<ApiVersionLifecycle> all() {
    return rows;
  }

  /** Where the table comes from. */
  public String source() {
    return source;
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }

  private static ApiVersions load() {
    try (InputStream in = ApiVersions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<ApiVersionLifecycle> rows = new ArrayList<>();
      for (JsonNode r : root.path("apis")) {
        rows.add(new ApiVersionLifecycle(r.path("apiVersion").asText(), r.path("kind").asText(),
            version(r, "deprecatedIn"), version(r, "removedIn"), text(r, "replacement"),
            version(r, "replacementSince"), text(r, "interim"), text(r, "changes")));
      }
      return new ApiVersions(root.path("source").asText(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  private static KubernetesVersion version(JsonNode row, String field) {
    String t = text(row, field);
    if (t == null) {
      return null;
    }
    return KubernetesVersion.parse(t).orElseThrow(
        () -> new IllegalStateException(RESOURCE + ": bad " + field + " \"" + t + "\" for " + row.path("apiVersion").asText()));
  }
}

package io.podlint.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Kubernetes releases have a field: the generated table {@code k8s/field-availability.json}
 * (tools/schema-gen, from the client-java-api models of each release). Only fields that some
 * supported release lacks are listed. Keys are {@code ROOT:path}, ROOT a kind ({@code Deployment})
 * or {@code PodSpec} for everything under a pod template's spec, the path with {@code []} for
 * list items and {@code {}} for map values.
 */
public final class FieldAvailability {
  static final String RESOURCE = "k8s/field-availability.json";

  private static final FieldAvailability BUNDLED = load();

  /**
   * One field's releases.
   *
   * @param since the first release whose API has it, or null when every release has it
   * @param absentIn the last release known not to have it (before {@code since}; a release
   *     between the two had no faithful model and is not judged)
   * @param until the last release that has it, or null when the newest has it
   */
  public record Availability(KubernetesVersion since, KubernetesVersion absentIn, KubernetesVersion until) {
    /** Whether the API of {@code target} is known to lack the field because it is newer. */
    public boolean newerThan(KubernetesVersion target) {
      return absentIn != null && target.compareTo(absentIn) <= 0;
    }

    /** Whether the API of {@code target} has the field. */
    public boolean presentIn(KubernetesVersion target) {
      return (since == null || target.compareTo(since) >= 0) && (until == null || target.compareTo(until) <= 0);
    }
  }

  /** Where each built-in kind keeps its pod spec: the {@code PodSpec} root of the table. */
  private static final Map<String, String> POD_SPECS = Map.of(
      "Pod", "spec", "PodTemplate", "template.spec", "ReplicationController", "spec.template.spec",
      "Deployment", "spec.template.spec", "StatefulSet", "spec.template.spec", "DaemonSet", "spec.template.spec",
      "ReplicaSet", "spec.template.spec", "Job", "spec.template.spec", "CronJob", "spec.jobTemplate.spec.template.spec");

  private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[\\d+]");

  private final Map<String, Availability> fields;
  private final Map<String, String> releases;

  private FieldAvailability(Map<String, Availability> fields, Map<String, String> releases) {
    this.fields = Map.copyOf(fields);
    this.releases = Map.copyOf(releases);
  }

  public static FieldAvailability bundled() {
    return BUNDLED;
  }

  /** The releases of a listed field; empty for fields every release has (or that none has). */
  public Optional<Availability> lookup(String root, String path) {
    return Optional.ofNullable(fields.get(root + ":" + path));
  }

  /** The dotted path of the pod spec in an object of {@code kind}, or null for kinds without one. */
  public static String podSpecPath(String kind) {
    return kind == null ? null : POD_SPECS.get(kind);
  }

  /**
   * The releases of a listed field given as a node path inside an object of {@code kind}
   * ({@code spec.template.spec.resourceClaims[0].source}); empty for fields the table does not list.
   */
  public Optional<Availability> lookupAt(String kind, String objectPath) {
    if (kind == null || objectPath == null) {
      return Optional.empty();
    }
    String path = INDEX.matcher(objectPath).replaceAll("[]");
    String podSpec = POD_SPECS.get(kind);
    String key = podSpec != null && path.startsWith(podSpec + ".") ? "PodSpec:" + path.substring(podSpec.length() + 1)
        : kind + ":" + path;
    return Optional.ofNullable(fields.get(key));
  }

  /** Every listed key. */
  public Set<String> keys() {
    return fields.keySet();
  }

  /** Release -> the client-java-api artifact its models come from. */
  public Map<String, String> releases() {
    return releases;
  }

  private static FieldAvailability load() {
    try (InputStream in = FieldAvailability.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Availability> fields = new HashMap<>();
      root.path("fields").properties().forEach(e -> fields.put(e.getKey(), new Availability(
          version(e.getValue(), "since"), version(e.getValue(), "absentIn"), version(e.getValue(), "until"))));
      Map<String, String> releases = new HashMap<>();
      root.path("releases").properties().forEach(e -> releases.put(e.getKey(), e.getValue().asText()));
      return new FieldAvailability(fields, releases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KubernetesVersion version(JsonNode entry, String field) {
    JsonNode v = entry.get(field);
    return v == null ? null : KubernetesVersion.parse(v.asText())
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad " + field + " " + v));
  }
}

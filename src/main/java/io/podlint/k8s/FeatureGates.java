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
 * Feature gates that guard pod and workload fields, from the bundled {@code k8s/feature-gates.yaml}
 * (upstream {@code kube_features.go} defaults and {@code dropDisabledFields}): while a gate is off,
 * the API server drops its fields without a warning.
 */
public final class FeatureGates {
  static final String RESOURCE = "k8s/feature-gates.yaml";

  private static final FeatureGates BUNDLED = load();

  /**
   * One gate.
   *
   * @param paths the {@code ROOT:path} keys of the fields it guards (as in {@link FieldAvailability})
   * @param harmless values of those fields that mean the default behaviour, so dropping them
   *     changes nothing
   * @param effect what dropping the field does, as a clause
   * @param formerName the gate's name up to {@code formerNameUntil}, or null
   */
  public record FeatureGate(String name, KubernetesVersion alphaIn, KubernetesVersion onIn, List<String> paths,
      List<String> harmless, String effect, String formerName, KubernetesVersion formerNameUntil) {
    public FeatureGate {
      paths = List.copyOf(paths);
      harmless = List.copyOf(harmless);
    }

    /** The gate's name in {@code target}. */
    public String nameIn(KubernetesVersion target) {
      return formerName != null && target.compareTo(formerNameUntil) <= 0 ? formerName : name;
    }

    /** Whether {@code target} has the gate, off by default. */
    public boolean offByDefaultIn(KubernetesVersion target) {
      return target.compareTo(alphaIn) >= 0 && target.compareTo(onIn) < 0;
    }
  }

  private final List<FeatureGate> gates;
  private final Map<String, FeatureGate> byPath = new HashMap<>();

  private FeatureGates(List<FeatureGate> gates) {
    this.gates = List.copyOf(gates);
    for (FeatureGate g : gates) {
      for (String p : g.paths()) {
        if (byPath.put(p, g) != null) {
          throw new IllegalStateException(RESOURCE + ": two gates for " + p);
        }
      }
    }
  }

  public static FeatureGates bundled() {
    return BUNDLED;
  }

  public Optional<FeatureGate> forField(String root, String path) {
    return Optional.ofNullable(byPath.get(root + ":" + path));
  }

  public List<FeatureGate> all() {
    return gates;
  }

  private static FeatureGates load() {
    try (InputStream in = FeatureGates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<FeatureGate> gates = new ArrayList<>();
      for (JsonNode g : root.path("gates")) {
        gates.add(new FeatureGate(g.path("gate").asText(), version(g, "alphaIn"), version(g, "onIn"),
            strings(g.path("paths")), strings(g.path("harmless")), g.path("effect").asText().strip(),
            g.hasNonNull("formerName") ? g.get("formerName").asText() : null,
            g.hasNonNull("formerNameUntil") ? version(g, "formerNameUntil") : null));
      }
      return new FeatureGates(gates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static KubernetesVersion version(JsonNode g, String field) {
    return KubernetesVersion.parse(g.path(field).asText())
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad " + field + " of " + g.path("gate").asText()));
  }
}

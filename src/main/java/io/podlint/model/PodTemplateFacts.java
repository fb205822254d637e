package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of a workload's pod template for cross-resource rules: its labels (what
 * Services select) and the ports its long-running containers declare.
 */
public record PodTemplateFacts(Map<String, String> labels, List<ContainerFacts> containers) {

  /**
   * One regular container or native sidecar.
   *
   * @param image its image as written, or null
   */
  public record ContainerFacts(String name, boolean sidecar, String image, List<DeclaredPort> ports) {}

  /** One {@code ports[]} entry: {@code name} may be null, {@code number} is -1 when not a number. */
  public record DeclaredPort(String name, int number, String protocol) {}

  /** Whether some container declares a port of this name and protocol (how Endpoints resolve a named targetPort). */
  public boolean declaresName(String name, String protocol) {
    for (ContainerFacts c : containers) {
      for (DeclaredPort p : c.ports()) {
        if (name.equals(p.name()) && protocol.equals(p.protocol())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some container declares this port number. */
  public boolean declaresNumber(int number) {
    return containers.stream().anyMatch(c -> c.ports().stream().anyMatch(p -> p.number() == number));
  }

  /** Whether some container declares any port. */
  public boolean declaresPorts() {
    return containers.stream().anyMatch(c -> !c.ports().isEmpty());
  }

  public static PodTemplateFacts of(Workload w) {
    List<ContainerFacts> containers = new ArrayList<>();
    for (ContainerView c : w.longRunningContainers()) {
      List<DeclaredPort> ports = new ArrayList<>();
      for (YamlNode p : c.get("ports").items()) {
        ports.add(new DeclaredPort(p.get("name").isScalar() ? p.get("name").text() : null,
            p.get("containerPort").asLong().map(Long::intValue).orElse(-1),
            p.get("protocol").isScalar() ? p.get("protocol").text() : "TCP"));
      }
      containers.add(new ContainerFacts(c.name(), c.type() == ContainerView.Type.SIDECAR,
          c.get("image").isScalar() ? c.get("image").text() : null, List.copyOf(ports)));
    }
    return new PodTemplateFacts(scalarMap(w.podMetadata().get("labels")), List.copyOf(containers));
  }

  /** The scalar entries of a mapping (labels, a selector). */
  public static Map<String, String> scalarMap(YamlNode mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping.entries()) {
      if (e.key() != null && e.value().isScalar()) {
        out.put(e.key(), e.value().text());
      }
    }
    return Map.copyOf(out);
  }
}

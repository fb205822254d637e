package io.podlint.rules;

import io.podlint.model.ContainerView;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which containers of a workload take traffic: those that declare ports, and those a Service in
 * the input sends traffic to (matched by target port number or name).
 */
public final class ServingContainers {
  private ServingContainers() {}

  /**
   * What a deferred task keeps of a container (no YAML nodes).
   *
   * @param ports its {@code containerPort} numbers and port names, as text
   */
  public record Candidate(Anchor anchor, String name, Set<String> ports) {
    public boolean declaresPorts() {
      return !ports.isEmpty();
    }
  }

  /**
   * The pod's Service-facing shape, captured for a deferred task.
   *
   * @param podPorts the ports of every long-running container, to tell a port that no container
   *     declares (container ports are informational) from one that belongs to another container
   * @param undeclaredPortOwner the container that most likely listens on a port nobody declares:
   *     the only regular container, or the only regular container without ports; else null
   */
  public record Pod(String namespace, Map<String, String> labels, Set<String> podPorts, String undeclaredPortOwner) {
    public static Pod of(Workload w) {
      return w.memo(Pod.class, () -> compute(w));
    }

    private static Pod compute(Workload w) {
      Set<String> all = new LinkedHashSet<>();
      w.longRunningContainers().forEach(c -> all.addAll(ports(c)));
      List<ContainerView> regular = w.containersOf(ContainerView.Type.REGULAR);
      List<ContainerView> withoutPorts = regular.stream().filter(c -> !declaresPorts(c)).toList();
      String owner = regular.size() == 1 ? regular.get(0).name()
          : withoutPorts.size() == 1 ? withoutPorts.get(0).name() : null;
      return new Pod(w.namespace(), podLabels(w), Set.copyOf(all), owner);
    }

    /** Names of the Services that send traffic to this candidate container. */
    public List<String> servicesTargeting(CheckContext.Indexed indexed, Candidate c) {
      return servicesTargeting(indexed, c, false);
    }

    /**
     * Names of the Services that send traffic to this candidate container only while it is Ready:
     * a Service with {@code publishNotReadyAddresses: true} lists not-ready Pods in its endpoints
     * too, so readiness does not decide whether it sends them traffic.
     */
    public List<String> readinessGatedServicesTargeting(CheckContext.Indexed indexed, Candidate c) {
      return servicesTargeting(indexed, c, true);
    }

    private List<String> servicesTargeting(CheckContext.Indexed indexed, Candidate c, boolean readinessGatedOnly) {
      Set<String> out = new LinkedHashSet<>(); // the same Service may appear in several files
      if (labels.isEmpty()) {
        return List.of();
      }
      for (InputIndex.IndexedObject s : indexed.index().servicesSelectingInTree(namespace, labels, indexed.source())) {
        if (targets(s, c) && !(readinessGatedOnly && s.publishNotReadyAddresses())) {
          out.add(s.name() == null ? "<unnamed>" : s.name());
        }
      }
      return List.copyOf(out);
    }

    /**
     * The Services of the workload's folder tree (the copy nearest to the workload of each) that
     * send traffic to this candidate container.
     */
    public List<InputIndex.IndexedObject> serviceObjectsTargeting(CheckContext.Indexed indexed, Candidate c) {
      if (labels.isEmpty()) {
        return List.of();
      }
      return indexed.index().servicesSelectingInTree(namespace, labels, indexed.source()).stream()
          .filter(s -> targets(s, c)).toList();
    }

    private boolean targets(InputIndex.IndexedObject service, Candidate c) {
      boolean owner = c.name().equals(undeclaredPortOwner);
      if (service.servicePorts().isEmpty()) {
        return owner; // a headless Service without ports
      }
      for (String p : service.servicePorts()) {
        String target = p.substring(p.indexOf("->") + 2);
        if (c.ports().contains(target) || (owner && !podPorts.contains(target))) {
          return true;
        }
      }
      return false;
    }
  }

  public static Candidate candidate(Anchor anchor, ContainerView c) {
    return new Candidate(anchor, c.name(), ports(c));
  }

  /** Whether {@link #ports} is not empty, without building it. */
  public static boolean declaresPorts(ContainerView c) {
    for (YamlNode p : c.get("ports").items()) {
      if (p.get("containerPort").asLong().isPresent() || p.get("name").isScalar()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> ports(ContainerView c) {
    Set<String> out = new LinkedHashSet<>();
    for (YamlNode p : c.get("ports").items()) {
      p.get("containerPort").asLong().ifPresent(number -> out.add(String.valueOf(number)));
      if (p.get("name").isScalar()) {
        out.add(p.get("name").text());
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> podLabels(Workload w) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : w.podMetadata().get("labels").entries()) {
      if (e.key() != null && e.value().isScalar()) {
        out.put(e.key(), e.value().text());
      }
    }
    return Map.copyOf(out);
  }

  /** {@code Service "a"} or {@code Services "a" and "b"}, for messages. */
  public static String describeServices(List<String> names) {
    return (names.size() == 1 ? "Service " : "Services ") + io.podlint.rules.Text.quotedList(names, "and");
  }

  /**
   * Whether the container only waits (its command is {@code sleep}, or a shell script that ends in
   * one): a client Pod behind a Service kept for its name, which serves nothing to be ready for.
   */
  public static boolean idles(ContainerView c) {
    List<String> argv = new ArrayList<>();
    for (String field : List.of("command", "args")) {
      for (io.podlint.parse.YamlNode n : c.get(field).items()) {
        argv.add(n.isScalar() ? n.text() : "");
      }
    }
    if (argv.isEmpty()) {
      return false;
    }
    String first = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    if (first.equals("sleep")) {
      return true;
    }
    int script = argv.indexOf("-c") + 1;
    if (!(first.equals("sh") || first.equals("bash") || first.equals("ash")) || script == 0 || script >= argv.size()) {
      return false;
    }
    String[] statements = argv.get(script).trim().split("\\s*(;|&&|\\n)\\s*");
    String last = statements.length == 0 ? "" : statements[statements.length - 1].trim();
    return last.matches("(exec )?sleep (infinity|inf|\\d+)") || last.equals("tail -f /dev/null");
  }
}

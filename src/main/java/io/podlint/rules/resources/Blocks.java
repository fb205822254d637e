package io.podlint.rules.resources;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import io.podlint.model.ContainerView;
import io.podlint.model.ResourceList;
import io.podlint.model.ResourceRequirements;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code resources} blocks of a workload, and how to talk about their quantities. */
final class Blocks {
  private Blocks() {}

  /**
   * One {@code resources} block.
   *
   * @param owner {@code container "web"} or {@code the pod-level resources}, for messages
   * @param container the container, or null for the pod level
   */
  record Block(String owner, ContainerView container, ResourceRequirements resources) {
    ResourceList list(String field) {
      return "requests".equals(field) ? resources.requests() : resources.limits();
    }

    /** Where to report something missing: the {@code resources} mapping, else the container. */
    YamlNode anchor() {
      return resources.node().isPresent() || container == null ? resources.node() : container.node();
    }

    boolean isPodLevel() {
      return container == null;
    }
  }

  /** Init containers, sidecars and regular containers: those that may set resources. */
  static List<Block> containers(Workload w) {
    // About twenty resource policies look at the same blocks: build them once per workload.
    return w.memo(Blocks.class, () -> List.copyOf(collect(w)));
  }

  private static List<Block> collect(Workload w) {
    List<Block> out = new ArrayList<>();
    for (ContainerView c : w.containers()) {
      if (c.type() != ContainerView.Type.EPHEMERAL) {
        out.add(new Block(c.describe(), c, ResourceRequirements.of(w, c)));
      }
    }
    return out;
  }

  /** The regular containers and native sidecars, which run for the Pod's whole life. */
  static List<Block> longRunning(Workload w) {
    return containers(w).stream().filter(b -> b.container().isLongRunning()).toList();
  }

  /** The pod-level {@code spec.resources} block, when written. */
  static List<Block> podLevel(Workload w) {
    YamlNode node = w.podSpec().get("resources");
    return node.isPresent() ? List.of(new Block("the pod-level resources", null, ResourceRequirements.of(node))) : List.of();
  }

  /** Containers, then the pod level. */
  static List<Block> all(Workload w) {
    List<Block> out = new ArrayList<>(containers(w));
    out.addAll(podLevel(w));
    return out;
  }

  /** {@code 1G = 1000000000 bytes, 0.93Gi}, {@code 500m = 0.5 CPU}, or the written and canonical forms. */
  static String amount(String name, Quantity q) {
    if (ResourceNames.isBytes(name)) {
      return q.describeBytes();
    }
    if (ResourceNames.CPU.equals(name)) {
      return q.describeCpu();
    }
    String written = q.original().strip();
    return written.equals(q.canonical()) ? written : written + " (" + q.canonical() + ")";
  }

  /** {@code requests.memory}, for messages. */
  static String field(String list, String name) {
    return list + "." + name;
  }
}

package io.podlint.rules.schema;

import io.podlint.model.ContainerView;
import io.podlint.model.Workload;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Where a node of a document is, in the words of a message: its container and its field path. */
final class Placement {
  private final YamlNode root;
  private final Map<Node, ContainerView> containers = new IdentityHashMap<>();

  Placement(Document document, Map<String, String> customKinds) {
    this.root = document.root();
    Workload.of(document, customKinds).ifPresent(w -> w.containers().forEach(c -> containers.put(c.node().raw(), c)));
  }

  YamlNode root() {
    return root;
  }

  /** The container that holds the node at {@code path}, or null. */
  ContainerView containerOf(List<Object> path) {
    if (containers.isEmpty()) {
      return null;
    }
    ContainerView found = null;
    YamlNode current = root;
    for (Object segment : path) {
      current = current.follow(List.of(segment));
      ContainerView c = current.isPresent() ? containers.get(current.raw()) : null;
      if (c != null) {
        found = c;
      }
    }
    return found;
  }

  /** The field path of a node: relative to its container when it is in one, else from the root. */
  static String field(YamlNode node, ContainerView container) {
    String path = node.path();
    if (container != null) {
      String base = container.node().path();
      if (path.startsWith(base)) {
        path = path.substring(base.length());
        path = path.startsWith(".") ? path.substring(1) : path;
      }
    }
    return path;
  }

  /** {@code container "web"}, or {@code the container at spec.containers[1]} when it has no name. */
  static String describe(ContainerView c) {
    String name = c.get("name").text();
    if (name == null || name.isEmpty()) {
      String what = c.describe();
      return "the " + what.substring(0, what.indexOf(" \"")) + " at " + c.node().path();
    }
    return c.describe();
  }
}

package io.podlint.model;

import io.podlint.parse.YamlNode;

/**
 * One container of a pod spec, whichever list it is in.
 *
 * @param node the container mapping
 * @param type which list it is in, with init containers that have {@code restartPolicy: Always}
 *     counted as native sidecars
 * @param index its position in its list
 */
public record ContainerView(YamlNode node, Type type, int index) {

  public enum Type {
    /** A regular init container: runs to completion before the app containers start. */
    INIT("initContainers"),
    /** An init container with {@code restartPolicy: Always}: runs for the Pod's whole life. */
    SIDECAR("initContainers"),
    /** An app container under {@code containers}. */
    REGULAR("containers"),
    /** A debugging container under {@code ephemeralContainers}. */
    EPHEMERAL("ephemeralContainers");

    private final String field;

    Type(String field) {
      this.field = field;
    }

    /** The pod spec field that holds containers of this type. */
    public String field() {
      return field;
    }
  }

  /** The container's name, or {@code #index} when it has none. */
  public String name() {
    String n = node.get("name").text();
    return n == null || n.isEmpty() ? "#" + index : n;
  }

  /** Regular containers and native sidecars: the ones that run for the Pod's life. */
  public boolean isLongRunning() {
    return type == Type.REGULAR || type == Type.SIDECAR;
  }

  /** "container", "init container", "sidecar container" or "ephemeral container", for messages. */
  public String describe() {
    String what = switch (type) {
      case INIT -> "init container";
      case SIDECAR -> "sidecar container";
      case REGULAR -> "container";
      case EPHEMERAL -> "ephemeral container";
    };
    return what + " \"" + name() + "\"";
  }

  public YamlNode get(String key) {
    return node.get(key);
  }
}

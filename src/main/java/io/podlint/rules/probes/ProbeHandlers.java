package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The handler of a probe: exactly one of exec, httpGet, tcpSocket and grpc. */
public final class ProbeHandlers {
  public static final List<String> TYPES = List.of("exec", "httpGet", "tcpSocket", "grpc");

  private ProbeHandlers() {}

  /** The handler fields that are set (not absent or null), in document order. */
  public static List<YamlNode> present(YamlNode probe) {
    List<YamlNode> out = new ArrayList<>();
    for (String type : TYPES) {
      YamlNode h = probe.get(type);
      if (h.hasValue()) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparingInt((YamlNode n) -> n.keyLocation().line())
        .thenComparingInt(n -> n.keyLocation().column()));
    return out;
  }

  /**
   * What the probe checks, with the API server's defaults applied and named ports resolved
   * against the container's ports: two probes with equal signatures send the same request.
   * Empty when the probe does not have exactly one well-formed handler.
   */
  public static Optional<String> signature(ProbeView probe, ContainerPorts ports) {
    List<YamlNode> handlers = present(probe.node());
    if (handlers.size() != 1 || !handlers.get(0).isMapping()) {
      return Optional.empty();
    }
    YamlNode h = handlers.get(0);
    return switch (h.key()) {
      case "exec" -> scalars(h.get("command")).map(cmd -> "exec " + cmd);
      case "httpGet" -> Optional.of("http %s://%s:%s%s %s".formatted(
          orDefault(h.get("scheme"), "HTTP"), h.get("host").text(""), port(h.get("port"), ports),
          orDefault(h.get("path"), "/"), headers(h.get("httpHeaders"))));
      case "tcpSocket" -> Optional.of("tcp %s:%s".formatted(h.get("host").text(""), port(h.get("port"), ports)));
      case "grpc" -> Optional.of("grpc %s %s".formatted(port(h.get("port"), ports), h.get("service").text("")));
      default -> Optional.empty();
    };
  }

  private static String port(YamlNode port, ContainerPorts ports) {
    if (port.isString()) {
      return ports.numberOf(port.text()).map(String::valueOf).orElse(port.text());
    }
    return port.asLong().map(String::valueOf).orElse(String.valueOf(port.text()));
  }

  /** A list of scalars as one string, or empty when it is not such a list. */
  private static Optional<String> scalars(YamlNode list) {
    if (!list.hasValue()) {
      return Optional.of("[]");
    }
    if (!list.isSequence()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (!item.isScalar()) {
        return Optional.empty();
      }
      out.add(item.text());
    }
    return Optional.of(String.join("\u0000", out));
  }

  private static String headers(YamlNode list) {
    List<String> out = new ArrayList<>();
    for (YamlNode item : list.items()) {
      out.add(item.get("name").text("") + "=" + item.get("value").text(""));
    }
    return String.join("\u0000", out);
  }

  /** An empty or absent string field takes the API server's default. */
  private static String orDefault(YamlNode field, String defaultValue) {
    String t = field.text();
    return t == null || t.isEmpty() ? defaultValue : t;
  }
}

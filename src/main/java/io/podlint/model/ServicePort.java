package io.podlint.model;

import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a Service's {@code spec.ports}, with the API server's defaults applied: protocol
 * TCP, and {@code targetPort} equal to {@code port} when absent.
 *
 * @param name the port's name, or null
 * @param port the Service port, or null when it is not a number
 * @param targetPort the target as written (a number or a container port name), defaulted
 * @param line the line of the entry, for messages
 */
public record ServicePort(String name, Integer port, String targetPort, String protocol, int line) {

  /** Whether the target is a container port name rather than a number. */
  public boolean namedTarget() {
    return targetPort != null && !targetPort.isEmpty() && !targetPort.chars().allMatch(Character::isDigit);
  }

  /** The target as a port number (1-65535), when it is one. */
  public java.util.OptionalInt targetNumber() {
    if (targetPort == null || targetPort.isEmpty() || targetPort.length() > 5 || namedTarget()) {
      return java.util.OptionalInt.empty();
    }
    int n = Integer.parseInt(targetPort);
    return n >= 1 && n <= 65535 ? java.util.OptionalInt.of(n) : java.util.OptionalInt.empty();
  }

  /** {@code port 80 (name "http")}, for messages. */
  public String describe() {
    return "port " + (port == null ? "?" : port) + (name == null ? "" : " (\"" + name + "\")");
  }

  public static List<ServicePort> of(YamlNode service) {
    List<ServicePort> out = new ArrayList<>();
    for (YamlNode p : service.at("spec.ports").items()) {
      Integer port = p.get("port").asLong().filter(n -> n > 0 && n < 65536).map(Long::intValue).orElse(null);
      String target = p.get("targetPort").isScalar() ? p.get("targetPort").text() : port == null ? null : port.toString();
      out.add(new ServicePort(p.get("name").isScalar() ? p.get("name").text() : null, port, target,
          p.get("protocol").isScalar() ? p.get("protocol").text() : "TCP", p.location().line()));
    }
    return List.copyOf(out);
  }
}

package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The port fields of a probe's handlers ({@code httpGet}, {@code tcpSocket}, {@code grpc}). */
public final class ProbePorts {
  private ProbePorts() {}

  /**
   * One port field.
   *
   * @param handler {@code httpGet}, {@code tcpSocket} or {@code grpc}
   * @param handlerNode the handler mapping
   * @param port its {@code port} node, possibly missing
   */
  public record PortRef(String handler, YamlNode handlerNode, YamlNode port) {
    /** gRPC ports are int32 only: no names. */
    public boolean numericOnly() {
      return "grpc".equals(handler);
    }
  }

  public static List<PortRef> of(ProbeView probe) {
    List<PortRef> out = new ArrayList<>();
    for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
      YamlNode h = probe.get(handler);
      if (h.isMapping()) {
        out.add(new PortRef(handler, h, h.get("port")));
      }
    }
    return out;
  }
}

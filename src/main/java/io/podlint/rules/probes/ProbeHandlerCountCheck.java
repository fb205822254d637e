package io.podlint.rules.probes;

import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import java.util.List;

/** A probe needs exactly one handler: exec, httpGet, tcpSocket or grpc. */
final class ProbeHandlerCountCheck extends ProbeCheck {

  @Override
  public String id() {
    return "probe-handler-count";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    List<YamlNode> handlers = ProbeHandlers.present(probe.node());
    if (handlers.isEmpty()) {
      ctx.report(probe.node(), probe.container(),
          "%s has no handler; the API server rejects it (\"must specify a handler type\"). Add exactly one of exec, httpGet, tcpSocket or grpc"
              .formatted(probe.describe()));
    } else if (handlers.size() > 1) {
      List<String> names = handlers.stream().map(YamlNode::key).toList();
      ctx.report(handlers.get(1), probe.container(),
          "%s sets %s; the API server rejects more than one handler (\"may not specify more than 1 handler type\"). Keep only the one you mean"
              .formatted(probe.describe(), String.join(" and ", names)));
    }
  }
}

package io.podlint.rules.probes;

import io.podlint.model.ContainerView;
import io.podlint.model.ProbeView;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.probes.ProbePorts.PortRef;
import java.util.List;
import java.util.Optional;

/**
 * An httpGet, tcpSocket or gRPC probe (all over TCP) on a port that the Pod declares with protocol
 * UDP only. A named port resolves to its number in the probed container whatever its protocol
 * (the kubelet's {@code findPortByName}); a number is looked up in the probed container, else in
 * its siblings. A port also declared as TCP or SCTP (DNS servers declare 53 twice) is not reported.
 */
final class ProbePortUdpCheck extends ProbeCheck {

  private record Declared(String name, long number, String protocol) {}

  @Override
  public String id() {
    return "probe-port-udp";
  }

  @Override
  void checkProbe(Workload w, ProbeView probe, CheckContext ctx) {
    List<Declared> own = declared(probe.container());
    for (PortRef ref : ProbePorts.of(probe)) {
      YamlNode port = ref.port();
      Optional<Long> number = port.asLong().filter(PortNames::isValidNumber);
      String name = number.isEmpty() && port.isScalar() ? port.text() : null;
      if (name != null) {
        number = own.stream().filter(d -> name.equals(d.name())).findFirst()
            .filter(d -> "UDP".equals(d.protocol())).map(Declared::number);
      }
      if (number.isEmpty() || number.get() < 1) {
        continue;
      }
      long n = number.get();
      List<Declared> same = own.stream().filter(d -> d.number() == n).toList();
      if (same.isEmpty()) {
        same = w.longRunningContainers().stream().filter(c -> !c.equals(probe.container()))
            .flatMap(c -> declared(c).stream()).filter(d -> d.number() == n).toList();
      }
      if (same.isEmpty() || !same.stream().allMatch(d -> "UDP".equals(d.protocol()))) {
        continue;
      }
      ctx.report(port, probe.container(), ("%s is a %s probe of port %s, which the Pod declares with protocol UDP only:"
          + " the kubelet probes over TCP, so unless the app also listens on TCP %d the probe never succeeds and %s."
          + " Probe a TCP port of the app, use an exec probe for a UDP-only service, or declare the TCP port too if it"
          + " exists").formatted(probe.describe(), handler(ref), name != null ? "\"" + name + "\" (" + n + ")" : n, n,
              probe.kind().outcomeWhenAlwaysFailing()));
    }
  }

  private static String handler(PortRef ref) {
    return switch (ref.handler()) {
      case "httpGet" -> "HTTP";
      case "grpc" -> "gRPC";
      default -> "TCP";
    };
  }

  private static List<Declared> declared(ContainerView c) {
    return c.get("ports").items().stream()
        .map(p -> new Declared(p.get("name").isScalar() ? p.get("name").text() : null,
            p.get("containerPort").asLong().orElse(-1L),
            p.get("protocol").isScalar() ? p.get("protocol").text() : "TCP"))
        .toList();
  }
}

package io.podlint.rules.wiring;

import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.PodTemplateFacts;
import io.podlint.model.ServicePort;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A Service port whose target the Pods it selects (in the input) do not offer. The endpoint
 * controllers resolve a named {@code targetPort} against the container ports (regular containers
 * and native sidecars) of each Pod, by name and protocol, and leave out a Pod that lacks it
 * ({@code FindPort}); a numeric target is used as is, so it is reported only when every selected
 * Pod declares ports and none declares that number.
 */
final class ServiceTargetPortCheck implements DocumentCheck<ServiceTargetPortCheck.Params> {

  /** @param numbers check numeric targets (else named ones) */
  record Params(boolean numbers) {}

  private record PortAt(ServicePort port, Anchor at) {}

  @Override
  public String id() {
    return "service-target-port";
  }

  @Override
  public Class<Params> paramsType() {
    return Params.class;
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Service");
  }

  @Override
  public void checkDocument(Document d, Params params, CheckContext ctx) {
    ServiceView s = ServiceView.of(d, ctx);
    if (s == null) {
      return;
    }
    List<YamlNode> items = d.root().at("spec.ports").items();
    List<ServicePort> ports = ServicePort.of(d.root());
    List<PortAt> pending = new ArrayList<>();
    for (int i = 0; i < ports.size(); i++) {
      ServicePort p = ports.get(i);
      YamlNode target = items.get(i).get("targetPort");
      if (p.targetPort() != null && p.namedTarget() != params.numbers()) {
        pending.add(new PortAt(p, ctx.anchor(target.hasValue() ? target : items.get(i), null)));
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    ctx.afterIndex(indexed -> {
      List<IndexedObject> selected = s.selectedInTree(indexed);
      if (selected.isEmpty()) {
        return;
      }
      for (PortAt p : pending) {
        check(s, p, selected, indexed);
      }
    });
  }

  private static void check(ServiceView s, PortAt p, List<IndexedObject> selected, CheckContext.Indexed out) {
    ServicePort port = p.port();
    String target = port.targetPort();
    if (port.namedTarget()) {
      if (selected.stream().anyMatch(w -> w.pod().declaresName(target, port.protocol()))) {
        return;
      }
      out.report(p.at(), ("%s of %s sends traffic to the container port named \"%s\" (%s), which no container of the"
          + " Pods it selects declares: %s. The endpoint controller leaves every such Pod out of this port's endpoints,"
          + " so connections to it fail; name the container port \"%s\" (with protocol %s) or target a declared name")
          .formatted(port.describe(), s.describe(), target, port.protocol(), declared(selected, true), target,
              port.protocol()));
      return;
    }
    if (port.targetNumber().isEmpty()) {
      return;
    }
    int number = port.targetNumber().getAsInt();
    if (!selected.stream().allMatch(w -> w.pod().declaresPorts())
        || selected.stream().anyMatch(w -> w.pod().declaresNumber(number))) {
      return;
    }
    out.report(p.at(), ("%s of %s sends traffic to port %d of the Pods it selects, but none of their containers declares"
        + " it: %s. Unless the app also listens on %d, connections are refused; target one of the declared ports or"
        + " declare the one the app listens on")
        .formatted(port.describe(), s.describe(), number, declared(selected, false), number));
  }

  /** {@code Deployment ns/web (file:line) declares 8080 ("http")}, per workload. */
  private static String declared(List<IndexedObject> selected, boolean names) {
    List<String> out = new ArrayList<>();
    for (IndexedObject w : selected.stream().limit(3).toList()) {
      TreeSet<String> ports = new TreeSet<>();
      for (PodTemplateFacts.ContainerFacts c : w.pod().containers()) {
        for (PodTemplateFacts.DeclaredPort d : c.ports()) {
          if (names && d.name() != null) {
            ports.add("\"" + d.name() + "\"" + ("TCP".equals(d.protocol()) ? "" : " (" + d.protocol() + ")"));
          } else if (!names && d.number() > 0) {
            ports.add(String.valueOf(d.number()));
          }
        }
      }
      out.add(w.describe() + (ports.isEmpty() ? (names ? " names no port" : " declares no port")
          : (names ? " names " : " declares ") + String.join(", ", ports)));
    }
    if (selected.size() > 3) {
      out.add("and " + (selected.size() - 3) + " more");
    }
    return String.join("; ", out);
  }
}

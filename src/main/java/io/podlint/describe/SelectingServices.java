package io.podlint.describe;

import io.podlint.describe.PodLifecycle.SelectingService;
import io.podlint.describe.PodLifecycle.ServicePortTarget;
import io.podlint.model.InputIndex;
import io.podlint.model.PodTemplateFacts;
import io.podlint.model.PodTemplateFacts.ContainerFacts;
import io.podlint.model.PodTemplateFacts.DeclaredPort;
import io.podlint.model.ServicePort;
import io.podlint.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * The Services of the workload's folder tree that select its Pods, and where each port lands: a named
 * {@code targetPort} resolves, as the endpoint controller does, to the first container port of
 * that name and protocol (regular containers, then native sidecars); a number is used as is.
 */
final class SelectingServices {
  private SelectingServices() {}

  static List<SelectingService> of(Workload w, InputIndex index) {
    PodTemplateFacts pod = PodTemplateFacts.of(w);
    if (pod.labels().isEmpty()) {
      return List.of();
    }
    List<SelectingService> out = new ArrayList<>();
    for (InputIndex.IndexedObject s : index.servicesSelectingInTree(w.namespace(), pod.labels(), w.document().source())) {
      if (!s.isCoreService()) {
        continue;
      }
      List<ServicePortTarget> ports = new ArrayList<>();
      for (ServicePort p : s.ports()) {
        ports.add(target(pod, p));
      }
      out.add(new SelectingService(s.namespace(), s.name() == null ? "<unnamed>" : s.name(), s.source(),
          s.location().line(), s.headless(), ports));
    }
    return out;
  }

  private static ServicePortTarget target(PodTemplateFacts pod, ServicePort p) {
    String target = p.targetPort();
    if (target == null) {
      return new ServicePortTarget(p.name(), p.port(), p.protocol(), null, null, null, false);
    }
    if (!p.namedTarget()) {
      int number = p.targetNumber().orElse(-1);
      String owner = null;
      for (ContainerFacts c : ordered(pod)) {
        if (owner == null && c.ports().stream().anyMatch(d -> d.number() == number)) {
          owner = c.name();
        }
      }
      return new ServicePortTarget(p.name(), p.port(), p.protocol(), target, number > 0 ? number : null, owner, true);
    }
    for (ContainerFacts c : ordered(pod)) {
      for (DeclaredPort d : c.ports()) {
        if (target.equals(d.name()) && p.protocol().equals(d.protocol())) {
          return new ServicePortTarget(p.name(), p.port(), p.protocol(), target, d.number() > 0 ? d.number() : null,
              c.name(), true);
        }
      }
    }
    return new ServicePortTarget(p.name(), p.port(), p.protocol(), target, null, null, false);
  }

  /** Regular containers first, then native sidecars: the order FindPort looks in. */
  private static List<ContainerFacts> ordered(PodTemplateFacts pod) {
    List<ContainerFacts> out = new ArrayList<>(pod.containers().stream().filter(c -> !c.sidecar()).toList());
    out.addAll(pod.containers().stream().filter(ContainerFacts::sidecar).toList());
    return out;
  }
}

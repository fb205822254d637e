package io.podlint.model;

import io.podlint.k8s.ProbeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the probes the probe rules look at. */
public final class Probes {
  private Probes() {}

  /**
   * The probes of regular containers and native sidecars. Plain init containers may not have
   * probes at all (probe-on-init-container reports them), and ephemeral containers are never
   * probed, so neither is looked at. Found once per workload: every probe rule asks.
   */
  public static List<ProbeView> of(Workload w) {
    return w.memo(Probes.class, () -> collect(w));
  }

  private static List<ProbeView> collect(Workload w) {
    List<ProbeView> out = new ArrayList<>();
    for (ContainerView c : w.longRunningContainers()) {
      for (ProbeKind kind : ProbeKind.values()) {
        of(c, kind).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** The container's probe of that type, when it is a mapping. */
  public static Optional<ProbeView> of(ContainerView c, ProbeKind kind) {
    var node = c.get(kind.field());
    return node.isMapping() ? Optional.of(new ProbeView(c, kind, node)) : Optional.empty();
  }
}

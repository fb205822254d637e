package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ProbeSchedule;
import io.podlint.k8s.ProbeKind;
import io.podlint.k8s.ProbeTimings;
import io.podlint.model.ContainerView;
import io.podlint.model.Probes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a container can be Ready and when a slow start gets it killed, from its probes'
 * effective timings ({@link ProbeTimings}, defaults applied), in seconds after the container
 * starts:
 *
 * <ul>
 *   <li>Probes run once right away (after {@code initialDelaySeconds}), then every
 *       {@code periodSeconds}. The startup probe runs alone; liveness and readiness start only once
 *       it has passed. So the container is started at the startup probe's
 *       {@code initialDelaySeconds} at the earliest (at once without a startup probe).
 *   <li>Ready at the earliest: {@code max(started, readiness.initialDelaySeconds) +
 *       (successThreshold - 1) * periodSeconds}; without a readiness probe, as soon as it started.
 *   <li>A slow start is killed by the startup probe at {@code initialDelaySeconds +
 *       failureThreshold * periodSeconds} when there is one (liveness waits for it), else by the
 *       liveness probe at the same formula of its own timings.
 * </ul>
 */
final class ProbeSchedules {
  private ProbeSchedules() {}

  static ProbeSchedule of(ContainerView c) {
    List<String> invalid = new ArrayList<>();
    Optional<ProbeTimings> startup = timings(c, ProbeKind.STARTUP, invalid);
    Optional<ProbeTimings> readiness = timings(c, ProbeKind.READINESS, invalid);
    Optional<ProbeTimings> liveness = timings(c, ProbeKind.LIVENESS, invalid);
    return of(startup, readiness, liveness, invalid);
  }

  static ProbeSchedule of(Optional<ProbeTimings> startup, Optional<ProbeTimings> readiness,
      Optional<ProbeTimings> liveness, List<String> invalid) {
    long started = startup.map(ProbeTimings::initialDelaySeconds).orElse(0L);
    Long readyAt;
    String basis;
    if (invalid.contains(ProbeKind.READINESS.field()) || invalid.contains(ProbeKind.STARTUP.field())) {
      readyAt = null;
      basis = "unknown: a probe has numbers the API server rejects";
    } else if (readiness.isPresent()) {
      ProbeTimings r = readiness.get();
      readyAt = Math.max(started, r.initialDelaySeconds()) + (r.successThreshold() - 1) * r.periodSeconds();
      basis = "readinessProbe: initialDelaySeconds %d, successThreshold %d, periodSeconds %d%s".formatted(
          r.initialDelaySeconds(), r.successThreshold(), r.periodSeconds(),
          startup.isPresent() ? ", after the startup probe" : "");
    } else {
      readyAt = started;
      basis = startup.isPresent() ? "no readinessProbe: Ready once the startup probe passes"
          : "no readinessProbe: Ready as soon as it runs";
    }
    Long killAt = null;
    String killer = null;
    String formula = null;
    if (invalid.contains(ProbeKind.STARTUP.field())) {
      killer = "startup";
    } else if (startup.isPresent()) {
      killAt = startup.get().budgetSeconds();
      killer = "startup";
      formula = startup.get().budgetFormula();
    } else if (liveness.isPresent()) {
      killAt = liveness.get().budgetSeconds();
      killer = "liveness";
      formula = liveness.get().budgetFormula();
    }
    Long window = liveness.map(l -> l.failureThreshold() * l.periodSeconds()).orElse(null);
    return new ProbeSchedule(started, readyAt, basis, killAt, killer, formula, window, invalid);
  }

  private static Optional<ProbeTimings> timings(ContainerView c, ProbeKind kind, List<String> invalid) {
    var probe = Probes.of(c, kind);
    if (probe.isEmpty()) {
      return Optional.empty();
    }
    Optional<ProbeTimings> t = ProbeTimings.of(probe.get().node());
    if (t.isEmpty()) {
      invalid.add(kind.field());
    }
    return t;
  }
}

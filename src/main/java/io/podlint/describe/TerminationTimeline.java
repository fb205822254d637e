package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ContainerStop;
import io.podlint.describe.PodLifecycle.Event;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.describe.PodLifecycle.Termination;
import io.podlint.model.ContainerView;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.termination.GracePeriod;
import io.podlint.rules.termination.PreStopDelay;
import io.podlint.rules.termination.RolloutStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What happens from the moment a Pod is deleted (rolling update, scale-down, eviction, drain):
 * endpoint removal and the preStop hooks start together; each main container gets its stop signal
 * when its preStop returns; at the end of terminationGracePeriodSeconds whatever still runs is
 * killed, but never less than 2 s after the stop signal (preStop time counts against the grace
 * period); native sidecars are stopped after the main containers, in reverse order.
 */
final class TerminationTimeline {
  /** {@code minimumGracePeriodInSeconds}: the time a container always gets after its stop signal. */
  static final double MINIMUM_AFTER_SIGNAL = 2;

  private TerminationTimeline() {}

  static Termination of(Workload w, InputIndex index, List<Note> notes) {
    long written = GracePeriod.seconds(w).orElse(GracePeriod.DEFAULT_SECONDS);
    long grace = written < 0 ? 1 : written; // a graceful delete turns a negative period into 1
    boolean defaulted = !GracePeriod.node(w).hasValue();
    List<String> services = services(w, index);
    List<ContainerStop> stops = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    events.add(new Event(0.0, 0, "Pod marked Terminating; it leaves the endpoints of "
        + (services.isEmpty() ? "the Services that select it" : (services.size() == 1 ? "Service " : "Services ") + String.join(", ", services))
        + " (kube-proxy, ingress and load balancers catch up asynchronously)"));
    List<ContainerView> mains = w.containersOf(ContainerView.Type.REGULAR);
    for (ContainerView c : mains) {
      ContainerStop s = stop(c, grace);
      stops.add(s);
      if (s.preStop() != null && grace > 0) {
        events.add(new Event(0.0, 0, "preStop of \"%s\" starts (%s)".formatted(c.name(), s.preStop())));
      }
      if (s.sigtermAt() != null) {
        String why = s.preStop() == null ? "" : grace == 0 ? " (preStop skipped: grace period 0)"
            : s.preStopSeconds() != null && s.preStopSeconds() > grace ? " (preStop cut short by the grace period)"
            : " (preStop done)";
        events.add(new Event(s.sigtermAt(), s.sigtermAt(), "%s to \"%s\"%s".formatted(s.stopSignal(), c.name(), why)));
      } else {
        events.add(new Event(null, s.sigtermLatest(), "%s to \"%s\" when its preStop returns (unknown duration), at the latest at the end of the grace period"
            .formatted(s.stopSignal(), c.name())));
      }
    }
    List<ContainerView> sidecars = new ArrayList<>(w.containersOf(ContainerView.Type.SIDECAR));
    java.util.Collections.reverse(sidecars);
    for (ContainerView c : sidecars) {
      stops.add(sidecarStop(c, grace));
    }
    if (!sidecars.isEmpty()) {
      events.add(new Event(null, grace, "sidecars %s stopped (preStop, then %s) once every main container has exited, last declared first"
          .formatted(quoted(sidecars), "SIGTERM")));
    }
    events.add(new Event((double) grace, grace, "grace period over (terminationGracePeriodSeconds %d%s): SIGKILL to every container still running"
        .formatted(written, defaulted ? ", the default" : written != grace ? ", negative: 1 s" : "")));
    for (ContainerStop s : stops) {
      if (s.sigkillAt() != null && s.sigkillAt() > grace) {
        events.add(new Event(s.sigkillAt(), s.sigkillAt(), "SIGKILL to \"%s\" (the kubelet's 2 s minimum after the stop signal)"
            .formatted(s.name())));
      }
    }
    events.sort(Comparator.comparingDouble(Event::latest));
    return new Termination(trigger(w), grace, defaulted, services, stops, events, notes);
  }

  /** How one main container stops, given the pod's grace period. */
  static ContainerStop stop(ContainerView c, long grace) {
    YamlNode preStop = c.get("lifecycle").get("preStop");
    String signal = c.get("lifecycle").get("stopSignal").text("SIGTERM");
    if (!preStop.isMapping() || grace == 0) {
      String described = preStop.isMapping() ? describe(preStop) : null;
      return new ContainerStop(c.name(), StartupTimeline.type(c), described, null, false, 0.0, 0,
          Math.max(grace, MINIMUM_AFTER_SIGNAL), signal);
    }
    OptionalDouble delay = PreStopDelay.seconds(preStop);
    boolean atLeast = preStop.get("exec").isMapping() && !isPlainSleep(preStop.at("exec.command"));
    if (delay.isEmpty()) {
      return new ContainerStop(c.name(), StartupTimeline.type(c), describe(preStop), null, false, null, grace, null, signal);
    }
    double p = delay.getAsDouble();
    double term = Math.min(p, grace);
    double kill = Math.max(grace, term + MINIMUM_AFTER_SIGNAL);
    return new ContainerStop(c.name(), StartupTimeline.type(c), describe(preStop), Double.isInfinite(p) ? null : p,
        atLeast, term, term, kill, signal);
  }

  private static ContainerStop sidecarStop(ContainerView c, long grace) {
    YamlNode preStop = c.get("lifecycle").get("preStop");
    String signal = c.get("lifecycle").get("stopSignal").text("SIGTERM");
    OptionalDouble delay = preStop.isMapping() ? PreStopDelay.seconds(preStop) : OptionalDouble.empty();
    return new ContainerStop(c.name(), "sidecar", preStop.isMapping() ? describe(preStop) : null,
        delay.isPresent() && !Double.isInfinite(delay.getAsDouble()) ? delay.getAsDouble() : null, false, null, grace,
        null, signal);
  }

  private static boolean isPlainSleep(YamlNode command) {
    List<YamlNode> argv = command.items();
    if (argv.isEmpty()) {
      return false;
    }
    String program = argv.get(0).text("");
    return program.substring(program.lastIndexOf('/') + 1).equals("sleep");
  }

  /** {@code sleep 5 s}, {@code exec sh -c "sleep 5 && nginx -s quit"}, {@code httpGet /drain on port 8080}. */
  static String describe(YamlNode preStop) {
    if (preStop.get("sleep").isMapping()) {
      return "sleep " + preStop.at("sleep.seconds").text("?") + " s";
    }
    if (preStop.get("exec").isMapping()) {
      List<String> argv = preStop.at("exec.command").items().stream().map(n -> n.text("")).map(TerminationTimeline::quoteArg).toList();
      String line = String.join(" ", argv);
      return "exec " + (line.length() > 60 ? line.substring(0, 57) + "..." : line);
    }
    if (preStop.get("httpGet").isMapping()) {
      return "httpGet %s on port %s".formatted(preStop.at("httpGet.path").text("/"), preStop.at("httpGet.port").text("?"));
    }
    if (preStop.get("tcpSocket").isMapping()) {
      return "tcpSocket (not supported in hooks: fails at once)";
    }
    return "no handler";
  }

  private static String quoteArg(String s) {
    return s.isEmpty() || s.chars().anyMatch(Character::isWhitespace) ? "\"" + s + "\"" : s;
  }

  private static String quoted(List<ContainerView> containers) {
    return String.join(", ", containers.stream().map(c -> "\"" + c.name() + "\"").toList());
  }

  /** What deletes the Pod: the controller's update strategy, a scale-down, an eviction, a deletion. */
  static String trigger(Workload w) {
    return switch (w.kind()) {
      case "Deployment", "StatefulSet", "DaemonSet" -> rollout(w) + ", scale-down, eviction or deletion";
      case "ReplicaSet", "ReplicationController" -> "scale-down, eviction or deletion";
      case "Job", "CronJob" -> "deletion, eviction, or the Job's failure or deadline";
      default -> "deletion or eviction";
    };
  }

  private static String rollout(Workload w) {
    YamlNode strategy = RolloutStrategy.ofKind(w).orElseThrow();
    String type = RolloutStrategy.type(w, strategy);
    if ("Recreate".equals(type)) {
      return "Recreate update (every old Pod is stopped before new ones start)";
    }
    if ("OnDelete".equals(type)) {
      return "manual replacement (OnDelete: a new Pod only after an old one is deleted)";
    }
    YamlNode ru = strategy.get("rollingUpdate");
    return switch (w.kind()) {
      case "Deployment" -> "rolling update (maxSurge %s, maxUnavailable %s)".formatted(
          ru.get("maxSurge").text("25%") + (ru.get("maxSurge").hasValue() ? "" : " default"),
          ru.get("maxUnavailable").text("25%") + (ru.get("maxUnavailable").hasValue() ? "" : " default"));
      case "DaemonSet" -> "rolling update (maxSurge %s, maxUnavailable %s)".formatted(ru.get("maxSurge").text("0"),
          ru.get("maxUnavailable").text("1"));
      default -> "rolling update (one Pod at a time, highest ordinal first"
          + (ru.get("partition").hasValue() ? ", ordinals below " + ru.get("partition").text() + " kept" : "") + ")";
    };
  }

  /** Services of the input whose selector matches the pod template's labels. */
  private static List<String> services(Workload w, InputIndex index) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (YamlNode.Entry e : w.podMetadata().get("labels").entries()) {
      if (e.key() != null && e.value().isScalar()) {
        labels.put(e.key(), e.value().text());
      }
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (InputIndex.IndexedObject s : index.servicesSelecting(w.namespace(), labels)) {
      names.add(s.name() == null ? "<unnamed>" : s.name());
    }
    return List.copyOf(names);
  }
}

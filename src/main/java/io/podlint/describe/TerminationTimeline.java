package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ContainerStop;
import io.podlint.describe.PodLifecycle.Event;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.describe.PodLifecycle.Termination;
import io.podlint.k8s.PreStopDelay;
import io.podlint.model.ContainerView;
import io.podlint.model.GracePeriod;
import io.podlint.model.InputIndex;
import io.podlint.model.RolloutStrategy;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
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
    String marked = grace == 0 ? "Pod deleted from the API at once (grace period 0; the kubelet still stops the containers)"
        : "Pod marked Terminating";
    if (services.isEmpty() && !w.isLongRunning()) {
      events.add(new Event(0, 0, marked));
    } else {
      events.add(new Event(0, 0, marked + "; it leaves the endpoints of "
          + (services.isEmpty() ? "any Service that selects it" : (services.size() == 1 ? "Service " : "Services ") + String.join(", ", services))
          + " at once (kube-proxy, ingress and load balancers catch up asynchronously)"));
    }
    for (ContainerView c : w.containersOf(ContainerView.Type.REGULAR)) {
      ContainerStop s = stop(c, grace);
      stops.add(s);
      if (s.preStop() != null && grace > 0) {
        events.add(new Event(0, 0, "preStop of \"%s\" starts (%s)".formatted(c.name(), s.preStop())));
      }
      String why;
      if (s.preStop() == null) {
        why = "";
      } else if (grace == 0) {
        why = " (preStop skipped: grace period 0)";
      } else if (s.preStopSeconds() == null && s.sigtermLatest() == grace && s.sigtermEarliest() < grace) {
        why = " when its preStop returns (unknown duration), at the latest at the end of the grace period";
      } else if (s.preStopSeconds() != null && s.preStopSeconds() >= grace || s.preStopSeconds() == null) {
        why = " (preStop cut short by the end of the grace period)";
      } else {
        why = s.preStopAtLeast() ? " when its preStop returns (sleeps %s s, then runs more)".formatted(
            TextFormat.seconds(s.preStopSeconds())) : " (preStop done)";
      }
      events.add(new Event(s.sigtermEarliest(), s.sigtermLatest(), "%s to \"%s\"%s".formatted(s.stopSignal(), c.name(), why)));
    }
    List<ContainerView> sidecars = new ArrayList<>(w.containersOf(ContainerView.Type.SIDECAR));
    java.util.Collections.reverse(sidecars);
    double mainsDone = stops.stream().mapToDouble(ContainerStop::sigtermEarliest).max().orElse(0);
    for (ContainerView c : sidecars) {
      ContainerStop s = sidecarStop(c, grace, mainsDone);
      stops.add(s);
      events.add(new Event(s.sigtermEarliest(), s.sigtermLatest(), "%s to sidecar \"%s\"%s once every main container has exited (sidecars in reverse order)"
          .formatted(s.stopSignal(), c.name(), s.preStop() == null ? "" : " (after its preStop: " + s.preStop() + ")")));
    }
    List<String> certain = stops.stream().filter(s -> s.sigkillEarliest() > grace).map(s -> "\"" + s.name() + "\"").toList();
    boolean maybe = stops.stream().anyMatch(s -> s.sigkillEarliest() <= grace && s.sigkillLatest() > grace);
    boolean everyoneExtended = !stops.isEmpty() && certain.size() == stops.size();
    if (!everyoneExtended) {
      events.add(new Event(grace, grace, "end of the grace period (terminationGracePeriodSeconds %d%s): SIGKILL to every container still running%s%s"
        .formatted(written, defaulted ? ", the default" : written != grace ? ", negative: 1 s" : "",
            certain.isEmpty() ? "" : " except " + String.join(", ", certain),
            maybe ? "; one that got its stop signal less than 2 s before has the rest of those 2 s" : "")));
    }
    for (ContainerStop s : stops) {
      if (s.sigkillEarliest() > grace) {
        events.add(new Event(s.sigkillEarliest(), s.sigkillLatest(),
            "SIGKILL to \"%s\" if still running (the kubelet's 2 s minimum after the stop signal)".formatted(s.name())));
      }
    }
    events.sort(Comparator.comparingDouble(Event::earliest).thenComparingDouble(Event::latest));
    return new Termination(trigger(w), grace, defaulted, services, stops, events, notes);
  }

  /** How one main container stops, given the pod's grace period. */
  static ContainerStop stop(ContainerView c, long grace) {
    YamlNode preStop = c.get("lifecycle").get("preStop");
    String signal = c.get("lifecycle").get("stopSignal").text("SIGTERM");
    String type = StartupTimeline.type(c);
    if (!preStop.isMapping() || grace == 0) {
      double kill = Math.max(grace, MINIMUM_AFTER_SIGNAL);
      return new ContainerStop(c.name(), type, preStop.isMapping() ? describe(preStop) : null, null, false, 0, 0,
          kill, kill, signal);
    }
    OptionalDouble delay = PreStopDelay.seconds(preStop);
    boolean atLeast = preStop.get("exec").isMapping() && !isPlainSleep(preStop.at("exec.command"));
    double earliest = delay.isPresent() ? Math.min(delay.getAsDouble(), grace) : 0;
    double latest = delay.isPresent() && !atLeast ? earliest : grace;
    Double seconds = delay.isPresent() && !Double.isInfinite(delay.getAsDouble()) ? delay.getAsDouble() : null;
    return new ContainerStop(c.name(), type, describe(preStop), seconds, atLeast && seconds != null, earliest, latest,
        Math.max(grace, earliest + MINIMUM_AFTER_SIGNAL), Math.max(grace, latest + MINIMUM_AFTER_SIGNAL), signal);
  }

  /**
   * A sidecar gets its stop signal after the main containers have exited, which is at the earliest
   * when they got theirs, and at the latest when the grace period ends.
   */
  private static ContainerStop sidecarStop(ContainerView c, long grace, double mainsSignalled) {
    YamlNode preStop = c.get("lifecycle").get("preStop");
    String signal = c.get("lifecycle").get("stopSignal").text("SIGTERM");
    OptionalDouble delay = preStop.isMapping() && grace > 0 ? PreStopDelay.seconds(preStop) : OptionalDouble.empty();
    Double seconds = delay.isPresent() && !Double.isInfinite(delay.getAsDouble()) ? delay.getAsDouble() : null;
    double earliest = Math.min(grace, mainsSignalled + (delay.isPresent() ? delay.getAsDouble() : 0));
    return new ContainerStop(c.name(), "sidecar", preStop.isMapping() ? describe(preStop) : null, seconds, false,
        earliest, grace, Math.max(grace, earliest + MINIMUM_AFTER_SIGNAL), grace + MINIMUM_AFTER_SIGNAL, signal);
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
    for (InputIndex.IndexedObject s : index.servicesSelectingInTree(w.namespace(), labels, w.document().source())) {
      names.add(s.name() == null ? "<unnamed>" : s.name());
    }
    return List.copyOf(names);
  }
}

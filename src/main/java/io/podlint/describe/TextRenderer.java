package io.podlint.describe;

import io.podlint.describe.PodLifecycle.ContainerResources;
import io.podlint.describe.PodLifecycle.ContainerStart;
import io.podlint.describe.PodLifecycle.CrashLoop;
import io.podlint.describe.PodLifecycle.Event;
import io.podlint.describe.PodLifecycle.Failure;
import io.podlint.describe.PodLifecycle.ImagePull;
import io.podlint.describe.PodLifecycle.Interface;
import io.podlint.describe.PodLifecycle.JobLimits;
import io.podlint.describe.PodLifecycle.Network;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.describe.PodLifecycle.Placement;
import io.podlint.describe.PodLifecycle.ProbeSchedule;
import io.podlint.describe.PodLifecycle.Scheduling;
import io.podlint.describe.PodLifecycle.Startup;
import io.podlint.describe.PodLifecycle.Termination;
import io.podlint.util.Plural;
import io.podlint.k8s.KubernetesVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code podlint describe} as text: per workload, one block per phase of the Pod's life, with a
 * timeline for start-up and termination. Every line taken from a finding shows its rule id in
 * brackets.
 */
public final class TextRenderer {
  private final StringBuilder b = new StringBuilder();

  private TextRenderer() {}

  /** @param target the Kubernetes release the workloads were described for */
  public static void write(Description d, KubernetesVersion target, Writer out) throws IOException {
    TextRenderer r = new TextRenderer();
    for (PodLifecycle p : d.workloads()) {
      r.workload(p);
      r.b.append('\n');
    }
    for (Description.FileNote n : d.otherErrors()) {
      r.line(0, "%s:%d:%d error [%s] %s", n.file(), n.note().line(), n.note().column(), n.note().ruleId(),
          n.note().message());
    }
    int rejected = (int) d.workloads().stream().filter(p -> p.admission().rejected()).count();
    int failing = (int) d.workloads().stream().filter(p -> !p.admission().rejected() && p.hasErrors()).count();
    r.line(0, "%s described for Kubernetes %s: %d rejected, %d accepted with errors%s",
        Plural.count(d.workloads().size(), "workload"), target, rejected, failing,
        d.otherErrors().isEmpty() ? "" : ", " + Plural.count(d.otherErrors().size(), "other error"));
    out.write(r.b.toString());
    out.flush();
  }

  private void workload(PodLifecycle p) {
    line(0, "%s (%s:%d)", p.workload().display(), p.workload().file(), p.workload().line());
    admission(p);
    scheduling(p.scheduling());
    network(p.network());
    services(p.services());
    startup(p.startup());
    failure(p.failure());
    termination(p.termination());
    disruption(p.disruption());
    if (!p.otherNotes().isEmpty()) {
      line(1, "other findings");
      notes(p.otherNotes());
    }
  }

  private void admission(PodLifecycle p) {
    List<Note> errors = p.admission().errors();
    if (errors.isEmpty()) {
      line(1, "admission: accepted");
      podSecurity(p.admission().podSecurity());
      return;
    }
    boolean runtime = errors.stream().anyMatch(n -> "runtime".equals(n.stage()));
    line(1, p.admission().rejected() ? "admission: REJECTED by the API server"
        : runtime ? "admission: accepted, but errors fail at runtime" : "admission: accepted, but silently changed");
    for (Note n : errors) {
      String stage = switch (n.stage()) {
        case "rejected" -> "rejected";
        case "silent" -> "silently changed";
        default -> "fails at runtime";
      };
      line(2, "x [%s] %d:%d %s: %s", n.ruleId(), n.line(), n.column(), stage, n.message());
    }
    podSecurity(p.admission().podSecurity());
  }

  /** The Pod Security levels assumed, when one is known, and the checks that fail under each. */
  private void podSecurity(PodLifecycle.PodSecurity ps) {
    if (ps == null) {
      return;
    }
    line(2, "pod security (from %s):", ps.origin());
    for (PodLifecycle.PodSecurityMode m : ps.modes()) {
      line(3, "%-7s %s (checks of policy %s): %s", m.mode(), m.level(), m.evaluated(),
          m.failingChecks().isEmpty() ? "passes" : "fails " + String.join(", ", m.failingChecks()));
    }
  }

  private void scheduling(Scheduling s) {
    line(1, "scheduling: QoS class %s%s", s.qosClass(), s.podLevel() ? " (from pod-level resources)" : "");
    line(2, "requests: %s", quantities(s.requests(), "none"));
    line(2, "limits:   %s", quantities(s.limits(), "unlimited"));
    if (!s.overhead().isEmpty()) {
      line(2, "pod overhead (included): %s", quantities(s.overhead(), "none"));
    }
    if (s.containers().size() > 1 || s.containers().stream().anyMatch(c -> !"container".equals(c.type()))) {
      for (ContainerResources c : s.containers()) {
        line(2, "%s \"%s\": requests %s; limits %s", c.type(), c.name(), quantities(c.requests(), "none"),
            quantities(c.limits(), "none"));
      }
      if (s.containers().stream().anyMatch(c -> !"container".equals(c.type()))) {
        line(2, "(init containers count at their peak, next to the sidecars started before them;"
            + " sidecars and containers add up)");
      }
    }
    placement(s.placement());
    notes(s.notes());
  }

  private void placement(Placement p) {
    if (p.unconstrained() && p.clusterProfile() == null) {
      line(2, "placement: any schedulable node with room (no nodeSelector, affinity, tolerations or spread constraints)");
    }
    if (p.nodeName() != null) {
      line(2, "nodeName %s: the scheduler is bypassed; the Pod runs there or fails", p.nodeName());
    }
    if (!p.nodeSelector().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      p.nodeSelector().forEach((k, v) -> pairs.add(k + "=" + v));
      line(2, "nodeSelector: %s", String.join(", ", pairs));
    }
    p.nodeAffinity().forEach(a -> line(2, "node affinity %s", a));
    p.podAffinity().forEach(a -> line(2, "pod %s", a));
    p.tolerations().forEach(t -> line(2, "tolerates %s", t));
    p.topologySpread().forEach(t -> line(2, "spread over %s", t));
    if (p.priorityClassName() != null) {
      line(2, "priorityClassName %s", p.priorityClassName());
    }
    if (p.runtimeClassName() != null) {
      line(2, "runtimeClassName %s (its RuntimeClass may add pod overhead at admission)", p.runtimeClassName());
    }
    if (p.schedulerName() != null) {
      line(2, "schedulerName %s", p.schedulerName());
    }
    if (p.clusterProfile() != null) {
      pools(p.clusterProfile());
    }
  }

  /** The pools of the cluster profile the Pod may use, and why each other one is out. */
  private void pools(PodLifecycle.ProfilePlacement c) {
    if (c.bypassed()) {
      return; // the nodeName line says it
    }
    if (c.pools() == null) {
      line(2, "placement (cluster profile %s): not judged, the nodeSelector, node affinity or tolerations cannot be "
          + "read (templated)", c.profile());
      return;
    }
    List<PodLifecycle.PoolFit> eligible = c.eligible();
    if (eligible.isEmpty()) {
      line(2, "placement (cluster profile %s): no node pool can run the Pod, so it stays Pending", c.profile());
    } else {
      line(2, "placement (cluster profile %s): node pool%s %s", c.profile(), eligible.size() == 1 ? "" : "s",
          String.join(", ", eligible.stream().map(TextRenderer::pool).toList()));
    }
    for (PodLifecycle.PoolFit f : c.pools()) {
      if (f.cause() != null) {
        line(3, "not %s: %s", pool(f), f.reason());
      }
    }
  }

  private static String pool(PodLifecycle.PoolFit f) {
    return "%s (%d node%s)".formatted(f.pool(), f.nodes(), f.nodes() == 1 ? "" : "s");
  }

  private void services(List<PodLifecycle.SelectingService> services) {
    if (services.isEmpty()) {
      line(1, "services: no Service of the input selects these Pods");
      return;
    }
    line(1, "services: selected by %d Service%s of the input", services.size(), services.size() == 1 ? "" : "s");
    for (PodLifecycle.SelectingService s : services) {
      line(2, "Service %s/%s (%s:%d)%s", s.namespace(), s.name(), s.file(), s.line(), s.headless() ? ", headless" : "");
      for (PodLifecycle.ServicePortTarget p : s.ports()) {
        String port = (p.port() == null ? "?" : p.port().toString()) + "/" + p.protocol()
            + (p.name() == null ? "" : " (\"" + p.name() + "\")");
        String where;
        if (p.targetPort() == null) {
          where = "no target port";
        } else if (!p.resolves()) {
          where = "container port named \"%s\": no container of this Pod declares it (%s), so the Pod is not among this port's endpoints"
              .formatted(p.targetPort(), p.protocol());
        } else if (p.container() == null) {
          where = "port " + p.targetPort() + " (declared by no container)";
        } else {
          where = (p.targetPort().equals(String.valueOf(p.containerPort())) ? "port " + p.targetPort()
              : "\"" + p.targetPort() + "\" = port " + p.containerPort()) + " of container \"" + p.container() + "\"";
        }
        line(3, "%s -> %s", port, where);
      }
    }
  }

  private void network(Network n) {
    if (n.hostNetwork()) {
      line(1, "network: hostNetwork: the Pod uses the node's interfaces and IP; Multus attaches nothing");
      notes(n.notes());
      return;
    }
    line(1, "network: sandbox with %d %s", n.interfaces().size(), n.interfaces().size() == 1 ? "interface" : "interfaces");
    int width = n.interfaces().stream().mapToInt(i -> i.name().length()).max().orElse(4);
    for (Interface i : n.interfaces()) {
      List<String> parts = new ArrayList<>();
      if (i.clusterNetwork()) {
        parts.add("cluster network (Pod IP, Services, DNS, probes)");
      } else {
        String types = i.pluginTypes().isEmpty() ? "" : String.join("+", i.pluginTypes()) + ", ";
        parts.add("NetworkAttachmentDefinition %s/%s (%s%s)".formatted(i.nadNamespace(), i.nadName(), types,
            Boolean.TRUE.equals(i.nadFound()) ? "in the input" : "not in the input"));
        if (i.name().equals("eth0")) {
          parts.add("replaces the cluster network (v1.multus-cni.io/default-network)");
        }
      }
      if (i.automatic()) {
        parts.add("automatic name");
      }
      if (!i.defaultRouteGateways().isEmpty()) {
        parts.add("default-route via " + String.join(", ", i.defaultRouteGateways()));
      }
      if (i.name().equals(n.defaultRoute())) {
        parts.add("default route");
      }
      if (n.extraDefaultRoutes().contains(i.name())) {
        parts.add("ALSO a default route, from its network's IPAM");
      }
      if (i.failure() != null) {
        parts.add(i.failure());
      }
      line(2, "%-" + width + "s  %s", i.name(), String.join("; ", parts));
    }
    if (n.problem() != null) {
      line(2, "%s", n.problem());
    }
    if (n.interfaces().stream().anyMatch(i -> i.failure() != null && i.failure().startsWith("fails"))) {
      line(2, "sandbox creation fails: the Pod stays in ContainerCreating (FailedCreatePodSandBox) and no container starts");
    }
    notes(n.notes());
  }

  private void startup(Startup s) {
    line(1, "start-up (t = seconds after the container starts):");
    int step = 0;
    boolean inInit = true;
    for (ContainerStart c : s.containers()) {
      if (c.type().equals("container") && inInit) {
        inInit = false;
        step++;
        line(2, "%d. containers start, in order%s:", step, s.containers().stream().anyMatch(ContainerStart::postStart)
            ? " (a postStart hook holds back the next container until it returns)" : "");
      }
      if (inInit) {
        step++;
        String what = c.type().equals("init") ? "init container \"%s\" runs to completion (exit 0) before the next step"
            : "sidecar \"%s\" starts; the next step waits until it has started";
        line(2, "%d. " + what, step, c.name());
      } else {
        line(3, "container \"%s\"", c.name());
      }
      int indent = inInit ? 3 : 4;
      line(indent, "image %s: %s", c.image() == null ? "(none)" : c.image(), pull(c.pull()));
      if (c.postStart()) {
        line(indent, "postStart hook runs first; the container is not started until it returns");
      }
      if (c.probes() != null) {
        probes(indent, c.type(), c.probes());
      }
    }
    if (s.podReadyAt() != null) {
      line(2, "Pod Ready: t=%ds at the earliest after the containers start%s%s", s.podReadyAt(),
          s.readinessGates().isEmpty() ? "" : ", and once readinessGates " + String.join(", ", s.readinessGates()) + " are True",
          s.minReadySeconds() > 0 ? "; available %d s later (minReadySeconds)".formatted(s.minReadySeconds()) : "");
    }
    notes(s.notes());
  }

  private static String pull(ImagePull p) {
    if (p.policy() == null) {
      return "imagePullPolicy \"%s\" is not supported".formatted(p.written());
    }
    String when = switch (p.policy()) {
      case "Always" -> "the registry is asked for the current digest on every container start";
      case "IfNotPresent" -> "pulled only when the node does not have it yet";
      default -> "never pulled: it must already be on the node (else ErrImageNeverPull)";
    };
    String why = p.defaulted() ? "imagePullPolicy not set: %s %s".formatted(p.policy(), p.reason())
        : "imagePullPolicy " + p.policy();
    return when + " (" + why + ")";
  }

  private void probes(int indent, String type, ProbeSchedule p) {
    if (p.slowStartKiller() != null && "startup".equals(p.slowStartKiller())) {
      line(indent, "started:    t=%ds at the earliest (startupProbe passes)%s", p.startedAt(),
          "sidecar".equals(type) ? "; the next init step waits for it" : "");
    }
    if (p.readyAt() != null) {
      line(indent, "Ready:      t=%ds at the earliest (%s)", p.readyAt(), p.readyBasis());
    } else {
      line(indent, "Ready:      %s", p.readyBasis());
    }
    if (p.slowStartKillAt() != null) {
      line(indent, "slow start: killed and restarted at t=%ds if not answering by then: %s probe, %s", p.slowStartKillAt(),
          p.slowStartKiller(), p.slowStartFormula());
    } else if (p.slowStartKiller() == null) {
      line(indent, "slow start: never killed (no startup or liveness probe)");
    }
    if (p.livenessWindow() != null) {
      line(indent, "hang:       once started, killed %ds after it stops answering the liveness probe", p.livenessWindow());
    }
    if (!p.invalidProbes().isEmpty()) {
      line(indent, "%s: numbers the API server rejects, left out", String.join(", ", p.invalidProbes()));
    }
  }

  private void failure(Failure f) {
    line(1, "failure: restartPolicy %s%s: %s", f.restartPolicy(), f.restartPolicyDefaulted() ? " (default)" : "", f.restarts());
    CrashLoop c = f.crashLoop();
    if (c != null) {
      List<String> waits = new ArrayList<>();
      for (long d : c.delays().subList(1, c.delays().size() - 1)) {
        waits.add(d + "s");
      }
      line(2, "crash-loop back-off: 1st restart at once, then waits of %s, then %ds (%s) between restarts;"
          + " reset after %s of running", String.join(", ", waits), c.maxDelay(), minutes(c.maxDelay()), minutes(c.resetAfter()));
    }
    if (f.podActiveDeadlineSeconds() != null) {
      line(2, "activeDeadlineSeconds %d: the kubelet kills the Pod %d s after it started (Failed, DeadlineExceeded)",
          f.podActiveDeadlineSeconds(), f.podActiveDeadlineSeconds());
    }
    JobLimits j = f.job();
    if (j != null) {
      if (j.schedule() != null) {
        line(2, "CronJob: a Job on schedule \"%s\", concurrencyPolicy %s", j.schedule(), j.concurrencyPolicy());
      }
      line(2, "Job: fails after backoffLimit %d%s %s", j.backoffLimit(), j.backoffLimitDefaulted() ? " (default)" : "",
          j.countedFailures());
      if (j.activeDeadlineSeconds() != null) {
        line(2, "Job activeDeadlineSeconds %d: every Pod is stopped and the Job fails (DeadlineExceeded) %d s after it started,"
            + " whatever backoffLimit", j.activeDeadlineSeconds(), j.activeDeadlineSeconds());
      }
      if (j.podFailurePolicy()) {
        line(2, "podFailurePolicy: its rules decide first which failures count, fail the Job or are ignored");
      }
      if (j.backoffLimitPerIndex() != null) {
        line(2, "backoffLimitPerIndex %d: each completion index has its own failure budget", j.backoffLimitPerIndex());
      }
    }
    notes(f.notes());
  }

  private void termination(Termination t) {
    line(1, "termination on %s:", t.trigger());
    int width = t.timeline().stream().mapToInt(e -> at(e).length()).max().orElse(4);
    for (Event e : t.timeline()) {
      line(2, "%-" + width + "s  %s", at(e), e.what());
    }
    notes(t.notes());
  }

  private void disruption(PodLifecycle.Disruption d) {
    if (d.drain() == null) {
      return;
    }
    line(1, "disruption:");
    for (PodLifecycle.Budget b : d.budgets()) {
      line(2, "budget: PodDisruptionBudget/%s (%s:%d): %s%s", b.name(), b.file(), b.line(), b.budget(),
          b.allowedEvictions() == null ? "" : ", allows %d eviction%s at a time".formatted(b.allowedEvictions(),
              b.allowedEvictions() == 1 ? "" : "s"));
    }
    PodLifecycle.Autoscaler a = d.autoscaler();
    if (a != null) {
      line(2, "autoscaler: HorizontalPodAutoscaler/%s (%s:%d): %d to %s replicas", a.name(), a.file(), a.line(),
          a.minReplicas(), a.maxReplicas() == null ? "?" : a.maxReplicas().toString());
    }
    line(2, "drain: %s", d.drain());
  }

  private static String at(Event e) {
    return e.exact() ? "t=" + seconds(e.earliest()) + "s" : "t=" + seconds(e.earliest()) + "-" + seconds(e.latest()) + "s";
  }

  private void notes(List<Note> notes) {
    for (Note n : notes) {
      line(2, "! %s [%s] %d:%d%s %s", n.severity(), n.ruleId(), n.line(), n.column(),
          n.container() == null ? "" : " container \"" + n.container() + "\":", n.summary().isEmpty() ? n.message() : n.summary());
    }
  }

  private static String quantities(Map<String, String> q, String absent) {
    if (q.isEmpty()) {
      return absent;
    }
    List<String> parts = new ArrayList<>();
    q.forEach((k, v) -> parts.add(k + " " + (v == null ? absent : v)));
    return String.join(", ", parts);
  }

  private static String seconds(double s) {
    return TextFormat.seconds(s);
  }

  private static String minutes(long s) {
    return s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  private void line(int indent, String format, Object... args) {
    b.append("  ".repeat(indent)).append(args.length == 0 ? format : format.formatted(args)).append('\n');
  }
}

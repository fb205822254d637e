package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Autoscaler;
import io.podlint.describe.PodLifecycle.Budget;
import io.podlint.describe.PodLifecycle.Disruption;
import io.podlint.k8s.DisruptionBudgets;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What {@code kubectl drain} does with a workload's Pods: its filters first (kubectl
 * pkg/drain/filters.go: DaemonSet Pods need --ignore-daemonsets and stay, emptyDir data needs
 * --delete-emptydir-data, Pods without a controller need --force), then one eviction per Pod,
 * which the Pod's PodDisruptionBudget allows or refuses (429), and which fails (500) when more
 * than one budget selects the Pod (pkg/registry/core/pod/storage/eviction.go).
 */
final class DrainPlan {
  private DrainPlan() {}

  static Disruption of(Workload w, WorkloadFacts facts) {
    if ("PodTemplate".equals(w.kind())) {
      return new Disruption(List.of(), null, null);
    }
    String source = w.document().source();
    PodOwner self = facts.workloadsIn(w.namespace()).stream()
        .filter(o -> o.source().equals(source) && o.location().equals(w.document().root().location()))
        .findFirst().orElse(null);
    WorkloadFacts.Autoscaler hpa = self == null ? null : facts.autoscalersOf(self).stream().findFirst().orElse(null);
    List<WorkloadFacts.Budget> budgets = budgets(facts, self);
    // A budget counts the Pods of every workload it selects.
    Long pods = budgets.size() == 1 ? facts.fewestPods(facts.selectedBy(budgets.get(0)))
        : self == null ? null : facts.fewestPods(self);
    List<Budget> shown = new ArrayList<>();
    for (WorkloadFacts.Budget b : budgets) {
      Long allowed = null;
      if (DisruptionBudgets.blocksAlways(b.minAvailable(), b.maxUnavailable())) {
        allowed = 0L;
      } else if (pods != null && budgets.size() == 1) {
        OptionalLong a = DisruptionBudgets.allowed(b.minAvailable(), b.maxUnavailable(), pods);
        allowed = a.isPresent() ? a.getAsLong() : null;
      }
      shown.add(new Budget(b.name(), b.source(), b.location().line(),
          b.maxUnavailable() != null ? "maxUnavailable " + b.maxUnavailable()
              : b.minAvailable() != null ? "minAvailable " + b.minAvailable() : "no budget", allowed));
    }
    Autoscaler autoscaler = hpa == null ? null
        : new Autoscaler(hpa.name(), hpa.source(), hpa.location().line(), hpa.minReplicas(), hpa.maxReplicas());
    boolean always = budgets.size() == 1
        && DisruptionBudgets.blocksAlways(budgets.get(0).minAvailable(), budgets.get(0).maxUnavailable());
    return new Disruption(shown, autoscaler, drain(w, shown, always ? null : pods, hpa != null));
  }

  /** The budgets of the Pod's namespace and folder tree whose selector matches its labels, one per name. */
  private static List<WorkloadFacts.Budget> budgets(WorkloadFacts facts, PodOwner self) {
    if (self == null || self.podLabels() == null) {
      return List.of();
    }
    String folder = InputIndex.folderOf(self.source());
    Map<String, WorkloadFacts.Budget> byName = new LinkedHashMap<>();
    List<WorkloadFacts.Budget> matching = facts.budgetsIn(self.namespace()).stream()
        .filter(b -> b.selector().known() && !b.selector().isEmpty() && b.selector().matches(self.podLabels()))
        .filter(b -> WorkloadFacts.related(InputIndex.folderOf(b.source()), folder))
        .toList();
    for (WorkloadFacts.Budget b : WorkloadFacts.nearestFirst(matching, WorkloadFacts.Budget::source, self.source())) {
      byName.putIfAbsent(b.name(), b);
    }
    return List.copyOf(byName.values());
  }

  /** @param pods the number of Pods, or null when unknown or irrelevant (a budget that blocks whatever it is) */
  private static String drain(Workload w, List<Budget> budgets, Long pods, boolean autoscaled) {
    List<String> flags = new ArrayList<>();
    if ("DaemonSet".equals(w.kind())) {
      return "kubectl drain stops unless --ignore-daemonsets is given; with it, these Pods stay on the node "
          + "(the DaemonSet would recreate them there)";
    }
    String emptyDir = null;
    for (YamlNode v : w.podSpec().get("volumes").items()) {
      if (v.get("emptyDir").isPresent()) {
        emptyDir = v.get("name").text("");
        break;
      }
    }
    if (emptyDir != null) {
      flags.add("--delete-emptydir-data (emptyDir volume \"%s\": its data is lost)".formatted(emptyDir));
    }
    if (w.isBarePod()) {
      flags.add("--force (the Pod has no controller)");
    }
    String prefix = flags.isEmpty() ? "" : "kubectl drain stops unless given " + String.join(" and ", flags) + "; then ";
    String replaced = w.isBarePod() ? "; nothing recreates it" : w.isJob() ? "; the Job starts replacement Pods elsewhere"
        : "; the %s recreates them on other nodes".formatted(w.kind());
    if (budgets.isEmpty()) {
      return prefix + (w.isBarePod() ? "the Pod is evicted at once, no PodDisruptionBudget limits it"
          : "each Pod on the node is evicted at once, no PodDisruptionBudget limits it") + replaced;
    }
    if (budgets.size() > 1) {
      return prefix + "every eviction fails (500: the Pod has more than one PodDisruptionBudget, "
          + String.join(", ", budgets.stream().map(b -> "PodDisruptionBudget/" + b.name()).toList())
          + "), so the drain retries forever";
    }
    Budget b = budgets.get(0);
    if (b.allowedEvictions() == null) {
      return prefix + "each eviction waits until PodDisruptionBudget/%s (%s) allows it%s"
          .formatted(b.name(), b.budget(), replaced);
    }
    if (b.allowedEvictions() == 0) {
      return prefix + "every eviction is refused (429: PodDisruptionBudget/%s, %s, allows none%s), so the drain waits forever"
          .formatted(b.name(), b.budget(), pods == null ? ""
              : " of %d Pod%s%s".formatted(pods, pods == 1 ? "" : "s", autoscaled ? " (the HPA at minReplicas)" : ""));
    }
    return prefix + "Pods are evicted %d at a time (PodDisruptionBudget/%s, %s, with %d Pod%s%s), each once the "
        .formatted(b.allowedEvictions(), b.name(), b.budget(), pods, pods == 1 ? "" : "s",
            autoscaled ? " (the HPA at minReplicas)" : "")
        + "previous replacements are Ready" + replaced;
  }
}

package io.podlint.rules.disruption;

import io.podlint.k8s.DisruptionBudgets;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Autoscaler;
import io.podlint.model.WorkloadFacts.Budget;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A PodDisruptionBudget that allows no voluntary eviction: {@code maxUnavailable: 0} (or 0%),
 * {@code minAvailable: 100%}, or a minAvailable at least the number of Pods the selected
 * workloads of the input run (an autoscaled one counted at its HPA's minReplicas).
 */
final class PdbBlocksEvictionCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "pdb-blocks-eviction";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("PodDisruptionBudget");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!Related.isPolicyBudget(d)) {
      return;
    }
    YamlNode spec = d.root().get("spec");
    YamlNode max = spec.get("maxUnavailable");
    YamlNode min = spec.get("minAvailable");
    String maxText = max.isScalar() && max.hasValue() ? max.text() : null;
    String minText = min.isScalar() && min.hasValue() ? min.text() : null;
    if (maxText == null && minText == null) {
      return;
    }
    Anchor at = ctx.anchor(maxText != null ? max : min, null);
    boolean always = DisruptionBudgets.blocksAlways(minText, maxText);
    String budgetText = maxText != null ? "maxUnavailable " + maxText : "minAvailable " + minText;
    String namespace = d.effectiveNamespace();
    Location location = d.root().location();
    ctx.afterIndex(ix -> {
      WorkloadFacts facts = ix.index().workloadFacts();
      Budget b = Related.budget(facts, namespace, ix.source(), location).orElse(null);
      List<PodOwner> selected = b != null && Related.usable(b) ? Related.selected(facts, b) : List.of();
      if (always) {
        String pods = selected.isEmpty() ? "the Pods it selects" : "the Pods of " + names(selected);
        ix.report(at, ("%s allows no voluntary eviction of %s: the eviction API answers 429 (\"Cannot evict pod as it "
            + "would violate the pod's disruption budget\") for every one, so kubectl drain, node upgrades and the "
            + "cluster autoscaler wait on their nodes forever").formatted(budgetText, pods));
        return;
      }
      if (selected.isEmpty()) {
        return;
      }
      long pods = 0;
      List<String> counts = new ArrayList<>();
      for (PodOwner w : selected) {
        List<Autoscaler> hpas = facts.autoscalersOf(w);
        Long n = facts.fewestPods(w);
        if (n == null) {
          return; // a DaemonSet, a Job or an unreadable count: the number of Pods is not known
        }
        pods += n;
        counts.add(hpas.isEmpty() ? "%s runs %d".formatted(Related.name(w), n)
            : "%s runs %d at the minReplicas of %s".formatted(Related.name(w), n, Related.name(hpas.get(0))));
      }
      OptionalLong allowed = DisruptionBudgets.allowed(minText, maxText, pods);
      if (pods == 0 || allowed.isEmpty() || allowed.getAsLong() > 0) {
        return;
      }
      ix.report(at, ("%s with %d selected Pod%s (%s) allows no voluntary eviction: the eviction API answers 429 for "
          + "every one of them, so kubectl drain, node upgrades and the cluster autoscaler wait on their nodes forever")
          .formatted(budgetText, pods, pods == 1 ? "" : "s", String.join("; ", counts)));
    });
  }

  private static String names(List<PodOwner> workloads) {
    return String.join(", ", workloads.stream().map(Related::name).toList());
  }
}

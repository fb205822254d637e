package io.podlint.rules.disruption;

import io.podlint.model.InputIndex;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.Budget;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.Comparator;
import java.util.List;

/**
 * Two PodDisruptionBudgets (of different names, in one folder tree) that select the Pods of the
 * same workload: the eviction API refuses to evict such a Pod. Reported on the later of the two
 * in input order, naming the other.
 */
final class PdbOverlapCheck implements DocumentCheck<NoParams> {

  private static final Comparator<Budget> INPUT_ORDER =
      Comparator.comparing(Budget::source).thenComparing(Budget::location);

  @Override
  public String id() {
    return "pdb-overlap";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("PodDisruptionBudget");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    Related.atSelector(d, ctx, (ix, facts, b, at) -> {
      String namespace = b.namespace();
      if (b.name() == null) {
        return;
      }
      List<PodOwner> mine = Related.selected(facts, b);
      for (Budget other : facts.budgetsIn(namespace)) {
        if (other.name() == null || other.name().equals(b.name()) || !Related.usable(other)
            || INPUT_ORDER.compare(other, b) >= 0
            || !WorkloadFacts.related(InputIndex.folderOf(other.source()), InputIndex.folderOf(b.source()))) {
          continue;
        }
        for (PodOwner w : mine) {
          if (other.selector().matches(w.podLabels())) {
            ix.report(at, ("this budget and %s both select the Pods of %s: the eviction API refuses to evict a Pod "
                + "that more than one budget selects (500 \"This pod has more than one PodDisruptionBudget, which the "
                + "eviction subresource does not support\"), so kubectl drain never gets these Pods off a node")
                .formatted(Related.name(other), Related.name(w)));
            return;
          }
        }
      }
    });
  }
}

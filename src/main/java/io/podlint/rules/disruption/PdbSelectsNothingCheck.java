package io.podlint.rules.disruption;

import io.podlint.model.InputIndex;
import io.podlint.model.WorkloadFacts;
import io.podlint.model.WorkloadFacts.PodOwner;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;

/**
 * A PodDisruptionBudget whose selector matches no workload of the input. Pods may come from
 * elsewhere, so it is reported only when the input holds workloads of that namespace in the
 * budget's folder or below it, every one with readable labels, and no custom resource there
 * (an operator may create the Pods).
 */
final class PdbSelectsNothingCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "pdb-selects-nothing";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("PodDisruptionBudget");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    Related.atSelector(d, ctx, (ix, facts, b, at) -> {
      String namespace = b.namespace();
      String folder = InputIndex.folderOf(b.source());
      List<PodOwner> all = facts.workloadsIn(namespace);
      List<PodOwner> below = all.stream()
          .filter(w -> WorkloadFacts.atOrBelow(InputIndex.folderOf(w.source()), folder)).toList();
      if (below.isEmpty() || all.stream().anyMatch(w -> w.podLabels() == null)
          || facts.hasForeignObjectsAtOrBelow(namespace, folder)) {
        return;
      }
      if (all.stream().anyMatch(w -> b.selector().matches(w.podLabels()))) {
        return;
      }
      List<String> names = below.stream().map(Related::name).distinct().limit(3).toList();
      ix.report(at, ("the selector matches the Pods of no workload in namespace \"%s\" (the input has %s%s there): "
          + "the budget protects no Pod, so a drain or upgrade may evict all of the intended workload's Pods at once")
          .formatted(namespace, String.join(", ", names), below.size() > names.size() ? ", ..." : ""));
    });
  }
}

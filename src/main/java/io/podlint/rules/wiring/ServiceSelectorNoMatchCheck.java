package io.podlint.rules.wiring;

import io.podlint.model.InputIndex;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.Comparator;
import java.util.List;

/**
 * A Service whose selector matches no pod template of the input, while the input holds workloads
 * of that namespace in the Service's folder or below it (a chart, an overlay). Pods may come from
 * elsewhere (another chart, an operator), so: silent when no workload is there, and when the
 * namespace holds objects of API groups podlint does not know (custom resources may create Pods).
 */
final class ServiceSelectorNoMatchCheck implements DocumentCheck<NoParams> {
  private static final int SHOWN = 3;

  @Override
  public String id() {
    return "service-selector-no-match";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Service");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    ServiceView s = ServiceView.of(d, ctx);
    if (s == null) {
      return;
    }
    ctx.afterIndex(indexed -> {
      InputIndex index = indexed.index();
      String folder = InputIndex.folderOf(indexed.source());
      if (!index.workloadsSelectedBy(s.namespace(), s.selector(), indexed.source()).isEmpty()
          || !index.hasWorkloadAtOrBelow(s.namespace(), folder) || index.hasForeignKindsIn(s.namespace())) {
        return;
      }
      // The workloads it was most likely meant for: those here sharing most selector pairs.
      List<IndexedObject> here = index.workloadsIn(s.namespace()).stream()
          .filter(w -> InputIndex.isAtOrBelow(InputIndex.folderOf(w.source()), folder))
          .sorted(Comparator.comparingInt((IndexedObject w) -> -shared(s, w)))
          .toList();
      StringBuilder near = new StringBuilder();
      for (IndexedObject w : here.stream().limit(SHOWN).toList()) {
        near.append(near.length() == 0 ? "" : "; ").append(w.describe()).append(" has Pod labels ")
            .append(w.pod().labels().isEmpty() ? "(none)" : ServiceView.selectorText(w.pod().labels()));
      }
      if (here.size() > SHOWN) {
        near.append("; and ").append(here.size() - SHOWN).append(" more");
      }
      indexed.report(s.selectorAnchor(), ("%s selects Pods labelled %s, but no pod template of the input carries all of"
          + " these labels, though its folder holds workloads of namespace \"%s\" (%s). The Service gets no endpoints,"
          + " so every connection to it fails; fix the selector or the Pod labels")
          .formatted(s.describe(), s.selectorText(), s.namespace(), near));
    });
  }

  private static int shared(ServiceView s, IndexedObject w) {
    int n = 0;
    for (var e : s.selector().entrySet()) {
      n += e.getValue().equals(w.pod().labels().get(e.getKey())) ? 2 : w.pod().labels().containsKey(e.getKey()) ? 1 : 0;
    }
    return n;
  }
}

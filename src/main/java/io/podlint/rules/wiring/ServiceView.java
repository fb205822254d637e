package io.podlint.rules.wiring;

import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.PodTemplateFacts;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a deferred Service check keeps of a core v1 Service that selects Pods: its selector (a
 * non-empty map: an empty or absent one selects nothing, its endpoints are managed by hand) and
 * where to report.
 */
record ServiceView(String namespace, String name, Map<String, String> selector, Anchor selectorAnchor,
    String source, int line) {

  /** The view of a Service whose selector picks Pods, else null (not v1, ExternalName, no selector). */
  static ServiceView of(Document d, CheckContext ctx) {
    YamlNode spec = d.root().get("spec");
    if (!"Service".equals(d.kind()) || !"v1".equals(d.apiVersion()) || "ExternalName".equals(spec.get("type").text())) {
      return null;
    }
    Map<String, String> selector = PodTemplateFacts.scalarMap(spec.get("selector"));
    if (selector.isEmpty()) {
      return null;
    }
    return new ServiceView(d.effectiveNamespace(), d.name() == null ? "<unnamed>" : d.name(), selector,
        ctx.anchor(spec.get("selector"), null), d.source(), d.root().location().line());
  }

  /**
   * The workloads of the input whose Pods this Service selects, in its folder tree (a workload of a
   * sibling folder, another example or app, is not deployed with it).
   */
  List<IndexedObject> selectedInTree(io.podlint.rules.CheckContext.Indexed indexed) {
    String at = indexed.source(); // for rendered output, the file the Service comes from
    return indexed.index().workloadsSelectedBy(namespace, selector, at).stream()
        .filter(w -> io.podlint.model.InputIndex.sameTree(w.source(), at)).toList();
  }

  /** {@code Service ns/name (file:line)}. */
  String describe() {
    return "Service %s/%s (%s:%d)".formatted(namespace, name, source, line);
  }

  /** {@code app=web, tier=front}, sorted. */
  String selectorText() {
    return selectorText(selector);
  }

  static String selectorText(Map<String, String> labels) {
    return labels.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  /** {@code Deployment shop/web (file:line)} and the like, at most {@code max} of them. */
  static String describeAll(List<IndexedObject> workloads, int max) {
    String shown = workloads.stream().limit(max).map(IndexedObject::describe).collect(Collectors.joining(", "));
    return workloads.size() > max ? shown + " and " + (workloads.size() - max) + " more" : shown;
  }
}

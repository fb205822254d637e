package io.podlint.rules.wiring;

import io.podlint.k8s.ImageReference;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.PodTemplateFacts;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Service whose selector picks the Pods of two workloads of its folder tree that run different
 * software: no image repository of one's app containers is among the other's, and their names
 * differ in their first word. Canary and blue/green pairs share their images (only tags differ)
 * or their name's first word ({@code reviews-v1}, {@code reviews-v2}) and are not reported; nor
 * are workloads with an image podlint cannot read.
 */
final class ServiceSelectsUnrelatedWorkloadsCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "service-selects-unrelated-workloads";
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
      List<IndexedObject> selected = s.selectedInTree(indexed);
      for (int i = 0; i < selected.size(); i++) {
        Set<String> a = repositories(selected.get(i));
        for (int j = i + 1; j < selected.size() && a != null; j++) {
          Set<String> b = repositories(selected.get(j));
          if (b != null && a.stream().noneMatch(b::contains) && !sameApp(selected.get(i), selected.get(j))) {
            indexed.report(s.selectorAnchor(), ("%s selects Pods labelled %s, which match both %s (image %s) and %s"
                + " (image %s): two unrelated applications. The Service balances its connections over the Pods of both,"
                + " so some requests reach an app that cannot answer them; add a label that tells them apart to the"
                + " selector and to the right pod template")
                .formatted(s.describe(), s.selectorText(), selected.get(i).describe(), String.join(", ", a),
                    selected.get(j).describe(), String.join(", ", b)));
            return;
          }
        }
      }
    });
  }

  /**
   * Versions or alternatives of one app: the same name (a Deployment next to the
   * ReplicationController it replaces), or names with the same first word ({@code reviews-v1} and
   * {@code reviews-v2}, whose images differ by name as well).
   */
  private static boolean sameApp(IndexedObject a, IndexedObject b) {
    if (a.name() == null || b.name() == null) {
      return true;
    }
    return a.name().equals(b.name()) || firstWord(a.name()).equals(firstWord(b.name()));
  }

  private static String firstWord(String name) {
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  /** The image repositories of a workload's app containers, or null when one cannot be read. */
  private static Set<String> repositories(IndexedObject w) {
    Set<String> out = new HashSet<>();
    for (PodTemplateFacts.ContainerFacts c : w.pod().containers()) {
      if (c.sidecar()) {
        continue;
      }
      if (c.image() == null || c.image().contains("{{") || c.image().contains("$")) {
        return null;
      }
      ImageReference ref = ImageReference.parse(c.image());
      if (!ref.isValid()) {
        return null;
      }
      out.add(ref.domain() + "/" + ref.path());
    }
    return out.isEmpty() ? null : new java.util.TreeSet<>(out);
  }
}

package io.podlint.rules.wiring;

import io.podlint.model.InputIndex;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Optional;

/**
 * A StatefulSet of several replicas whose {@code serviceName} (the governing Service that gives
 * its Pods their stable DNS names) names a Service of its folder tree that is not headless, or one
 * the input lacks while it holds Services of that namespace in the StatefulSet's folder or below
 * it (or with {@code --closed-world}).
 */
final class StatefulSetServiceNotHeadlessCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "statefulset-service-not-headless";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("StatefulSet");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    if (!"StatefulSet".equals(w.kind())) {
      return;
    }
    YamlNode node = w.document().root().at("spec.serviceName");
    String name = node.isScalar() ? node.text() : null;
    // Peers find each other by the per-Pod names when there are several; one replica is reached
    // through the Service itself, whatever its kind.
    long replicas = w.document().root().at("spec.replicas").asLong().orElse(1L);
    if (name == null || name.isEmpty() || name.contains("{{") || replicas < 2) {
      return;
    }
    Anchor at = ctx.anchor(node, null);
    String namespace = w.namespace();
    String self = "StatefulSet %s/%s (%s:%d)".formatted(namespace, w.document().name(), w.document().source(),
        w.document().root().location().line());
    boolean closedWorld = ctx.settings().closedWorld();
    ctx.afterIndex(indexed -> {
      InputIndex index = indexed.index();
      Optional<IndexedObject> service = index.nearest("Service", namespace, name, indexed.source())
          .filter(IndexedObject::isCoreService);
      if (service.isPresent()) {
        // A copy of another folder tree is another app's; a Service without ports is a patch (kustomize).
        if (!service.get().headless() && InputIndex.sameTree(service.get().source(), indexed.source())
            && !service.get().ports().isEmpty()) {
          indexed.report(at, ("%s names %s as its governing Service (serviceName), but that Service has a cluster IP"
              + " (no clusterIP: None): DNS gets no per-Pod records, so the Pods' stable names (%s-0.%s.%s.svc) do not"
              + " resolve and peers that find each other by them fail; make the Service headless (clusterIP: None, a"
              + " field that cannot change on an existing Service: recreate it) or add a headless one for serviceName")
              .formatted(self, service.get().describe(), w.document().name(), name, namespace));
        }
        return;
      }
      if (closedWorld || index.hasKindAtOrBelow("Service", namespace, InputIndex.folderOf(indexed.source()))) {
        indexed.report(at, ("%s names \"%s\" as its governing Service (serviceName), which is not among the input's"
            + " Services in namespace \"%s\"%s: the Pods get no stable DNS names (%s-0.%s.%s.svc) until a headless"
            + " Service of that name exists; add it (clusterIP: None, selecting the StatefulSet's Pods) or fix the name")
            .formatted(self, name, namespace, Text.didYouMean(name, index.distinctNamesIn("Service", namespace)),
                w.document().name(), name, namespace));
      }
    });
  }
}

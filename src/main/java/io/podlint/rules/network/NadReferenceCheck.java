package io.podlint.rules.network;

import io.podlint.k8s.multus.NadConfig;
import io.podlint.model.InputIndex.IndexedObject;
import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import io.podlint.rules.network.PodNetworks.NadRef;
import java.util.List;
import java.util.Optional;

/**
 * The base of the checks that look up the NetworkAttachmentDefinitions a Pod selects in the
 * input, once it has all been read.
 */
abstract class NadReferenceCheck implements WorkloadCheck<MultusParams> {

  /** What a deferred task knows about one Pod. */
  record Pod(List<NadRef> refs, boolean filtersDefaultRoutes, boolean closedWorld) {}

  @Override
  public final Class<MultusParams> paramsType() {
    return MultusParams.class;
  }

  @Override
  public final void checkWorkload(Workload w, MultusParams params, CheckContext ctx) {
    PodNetworks networks = PodNetworks.of(w, params.multusNamespace());
    if (networks.refs().isEmpty()) {
      return;
    }
    Pod pod = new Pod(List.copyOf(networks.refs()), networks.filtersDefaultRoutes(),
        ctx.settings().closedWorld());
    ctx.afterIndex(indexed -> {
      for (NadRef ref : pod.refs()) {
        check(pod, ref, indexed);
      }
    });
  }

  /** Checks one selected network against the complete index. */
  abstract void check(Pod pod, NadRef ref, CheckContext.Indexed out);

  /** The NAD a Pod selects: of several copies in the input, the one nearest to the Pod's file. */
  static Optional<IndexedObject> find(CheckContext.Indexed out, NadRef ref) {
    return out.index().nearest(PodNetworks.NAD_KIND, ref.namespace(), ref.name(), out.source());
  }

  /** The NAD's parsed {@code spec.config}, when it has one that parses into plugins. */
  static Optional<NadConfig> config(IndexedObject nad) {
    String text = nad.config();
    if (text == null || text.isBlank() || text.contains("{{")) {
      return Optional.empty();
    }
    NadConfig cfg = NadConfig.parse(text);
    return cfg.plugins().isEmpty() ? Optional.empty() : Optional.of(cfg);
  }

  /** {@code NetworkAttachmentDefinition ns/name (file:line)}. */
  static String describe(IndexedObject nad) {
    return "NetworkAttachmentDefinition %s/%s (%s:%d)".formatted(nad.namespace(), nad.name(), nad.source(),
        nad.location().line());
  }

  /** The annotation that selected it. */
  static String annotation(NadRef ref) {
    return ref.defaultNetwork() ? io.podlint.k8s.multus.AnnotationKeys.DEFAULT_NETWORK
        : io.podlint.k8s.multus.AnnotationKeys.NETWORKS;
  }

  /** A plugin attaching through a host interface that the host itself cannot reach. */
  static Optional<NadConfig.Plugin> macvlanLike(NadConfig cfg) {
    return cfg.plugins().stream().filter(p -> "macvlan".equals(p.type()) || "ipvlan".equals(p.type())).findFirst();
  }
}

package io.podlint.describe;

import io.podlint.describe.PodLifecycle.Interface;
import io.podlint.describe.PodLifecycle.Network;
import io.podlint.describe.PodLifecycle.Note;
import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.k8s.multus.NadConfig;
import io.podlint.k8s.multus.NetworkPlan;
import io.podlint.k8s.multus.NetworkSelection;
import io.podlint.k8s.multus.NetworkSelectionParser;
import io.podlint.k8s.multus.NetworkSelectionResult;
import io.podlint.k8s.multus.ValueProblem;
import io.podlint.model.InputIndex;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interfaces a Pod gets: {@code eth0} from the cluster network (or from the network that
 * {@code v1.multus-cni.io/default-network} selects), then one per element of
 * {@code k8s.v1.cni.cncf.io/networks}, named as Multus names them, and which one carries the
 * default route. Only the Pod's own annotations count (the pod template's, for controllers).
 */
final class NetworkView {
  static final String NAD_KIND = "NetworkAttachmentDefinition";

  private NetworkView() {}

  static Network of(Workload w, InputIndex index, List<Note> notes) {
    if (w.podSpec().get("hostNetwork").isTrue()) {
      return new Network(true, List.of(), null, List.of(), null, notes);
    }
    YamlNode annotations = w.podMetadata().get("annotations");
    List<Interface> interfaces = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    Optional<String> defaultNetwork = annotation(annotations, AnnotationKeys.DEFAULT_NETWORK);
    Interface eth0 = new Interface(NetworkPlan.CLUSTER_INTERFACE, false, null, null, null, List.of(), List.of(), null);
    if (defaultNetwork.isPresent() && !defaultNetwork.get().isBlank()) {
      NetworkSelectionResult r = NetworkSelectionParser.parseDefaultNetwork(defaultNetwork.get(), w.namespace(),
          NetworkSelectionParser.DEFAULT_MULTUS_NAMESPACE);
      if (r.elements().size() == 1 && !r.hasProblem(ValueProblem.Kind.SYNTAX) && r.elements().get(0).name() != null) {
        NetworkSelection s = r.elements().get(0);
        eth0 = attachment(NetworkPlan.CLUSTER_INTERFACE, false, s, index, w, null);
      } else {
        problems.add(AnnotationKeys.DEFAULT_NETWORK + " does not select exactly one network");
      }
    }
    interfaces.add(eth0);

    String defaultRoute = NetworkPlan.CLUSTER_INTERFACE;
    List<String> extraDefaultRoutes = new ArrayList<>();
    Optional<String> networks = annotation(annotations, AnnotationKeys.NETWORKS);
    if (networks.isPresent() && !networks.get().isBlank()) {
      NetworkSelectionResult r = NetworkSelectionParser.parseNetworks(networks.get(), w.namespace());
      if (r.hasProblem(ValueProblem.Kind.SYNTAX) || r.elements().isEmpty()) {
        problems.add(AnnotationKeys.NETWORKS + " cannot be parsed: Multus attaches none of its networks");
      } else {
        NetworkPlan plan = NetworkPlan.of(r);
        for (NetworkPlan.Attachment a : plan.attachments()) {
          Interface i = attachment(a.interfaceName(), a.automatic(), a.selection(), index, w, failure(plan, a));
          interfaces.add(i);
          if (!plan.filtersDefaultGateways() && i.nadFound() != null && i.nadFound()
              && config(index, w, i).map(NadConfig::mayInstallDefaultRoute).orElse(false)) {
            extraDefaultRoutes.add(i.name());
          }
        }
        defaultRoute = plan.defaultRouteInterface();
      }
    }
    return new Network(false, interfaces, defaultRoute, extraDefaultRoutes,
        problems.isEmpty() ? null : String.join("; ", problems), notes);
  }

  /** Why Multus fails an attachment: its name is taken by eth0, an earlier element, or an automatic name. */
  static String failure(NetworkPlan plan, NetworkPlan.Attachment a) {
    String exists = "fails: \"interface name " + a.interfaceName() + " already exists\"";
    if (plan.eth0Requests().contains(a)) {
      return exists + " (eth0 is the cluster network's)";
    }
    List<NetworkPlan.Attachment> same = plan.duplicateInterfaceNames().getOrDefault(a.interfaceName(), List.of());
    if (same.indexOf(a) > 0) {
      return exists + " (element " + (same.get(0).position() + 1) + " requests it too)";
    }
    for (NetworkPlan.AutoNameClash c : plan.autoNameClashes()) {
      if (c.explicit().equals(a) || c.automatic().equals(a)) {
        return "may fail: \"interface name " + a.interfaceName() + " already exists\" (element "
            + (c.explicit().position() + 1) + " requests the automatic name of element " + (c.automatic().position() + 1) + ")";
      }
    }
    return null;
  }

  private static Interface attachment(String name, boolean automatic, NetworkSelection s, InputIndex index,
      Workload w, String failure) {
    String namespace = s.effectiveNamespace();
    boolean found = s.name() != null && namespace != null && index.find(NAD_KIND, namespace, s.name()).isPresent();
    List<String> types = found ? index.nearest(NAD_KIND, namespace, s.name(), w.document().source()).flatMap(NetworkView::config)
        .map(c -> List.copyOf(c.types())).orElse(List.of()) : List.of();
    List<String> gateways = s.defaultRoute() == null ? List.of() : s.defaultRoute();
    return new Interface(name, automatic, namespace, s.name(), found, types, gateways, failure);
  }

  private static Optional<NadConfig> config(InputIndex index, Workload w, Interface i) {
    return index.nearest(NAD_KIND, i.nadNamespace(), i.nadName(), w.document().source()).flatMap(NetworkView::config);
  }

  private static Optional<NadConfig> config(InputIndex.IndexedObject nad) {
    String text = nad.config();
    if (text == null || text.isBlank() || text.contains("{{")) {
      return Optional.empty();
    }
    NadConfig cfg = NadConfig.parse(text);
    return cfg.plugins().isEmpty() ? Optional.empty() : Optional.of(cfg);
  }

  /** The value of an annotation (the last one when repeated), when it is a rendered string. */
  private static Optional<String> annotation(YamlNode annotations, String key) {
    String value = null;
    for (YamlNode.Entry e : annotations.entries()) {
      if (key.equals(e.key())) {
        value = e.value().isString() ? e.value().text() : null;
      }
    }
    return value == null || value.contains("{{") ? Optional.empty() : Optional.of(value);
  }
}

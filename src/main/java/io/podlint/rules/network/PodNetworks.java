package io.podlint.rules.network;

import io.podlint.k8s.multus.AnnotationKeys;
import io.podlint.k8s.multus.NetworkPlan;
import io.podlint.k8s.multus.NetworkSelection;
import io.podlint.k8s.multus.NetworkSelectionParser;
import io.podlint.k8s.multus.NetworkSelectionResult;
import io.podlint.k8s.multus.Span;
import io.podlint.k8s.multus.ValueProblem;
import io.podlint.model.Workload;
import io.podlint.parse.ScalarPositions;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.network.ValueIssue.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Pod (or pod template) asks of Multus: its {@code k8s.v1.cni.cncf.io/networks} and
 * {@code v1.multus-cni.io/default-network} annotations parsed, every problem classified into a
 * {@link ValueIssue.Kind} and located inside the value, and the NetworkAttachmentDefinitions it
 * selects, detached from the tree for the cross-resource checks.
 */
final class PodNetworks {
  static final String NAD_KIND = "NetworkAttachmentDefinition";

  /**
   * A NetworkAttachmentDefinition the Pod selects.
   *
   * @param defaultNetwork selected by {@code default-network} (else by {@code networks})
   * @param interfaceName the interface it becomes in the Pod ({@code eth0} for the default network)
   * @param requestsDefaultRoute the element carries {@code default-route}
   * @param at the element's name inside the annotation value
   * @param requests runtime requests that need a plugin capability
   */
  record NadRef(boolean defaultNetwork, String namespace, String name, boolean explicitNamespace,
      String interfaceName, boolean requestsDefaultRoute, Anchor at, List<Request> requests) {}

  /** A request ({@code ips}, {@code mac}, ...) and the CNI capability a plugin must declare for it. */
  record Request(String key, String capability, Anchor at) {}

  private static final Map<Kind, String> TAILS = Map.of(
      Kind.MALFORMED, "; Multus rejects the annotation, so the Pod stays in ContainerCreating with FailedCreatePodSandBox events",
      Kind.INTERFACE_INVALID, "; the attachment fails, so the Pod stays in ContainerCreating with FailedCreatePodSandBox events",
      Kind.INTERFACE_CONFLICT, "; the Pod stays in ContainerCreating with FailedCreatePodSandBox events. Give each attachment its own \"interface\" (not eth0, not another element's net<N>)",
      Kind.DEFAULT_ROUTE_ECMP, "; the Pod stays in ContainerCreating with FailedCreatePodSandBox events. Keep one gateway per IP family",
      Kind.DEFAULT_ROUTE_ELEMENTS, "; put the gateways on the one element that should carry the default route",
      Kind.DEFAULT_NETWORK_COUNT, "; the Pod stays in ContainerCreating with FailedCreatePodSandBox events. Attach further networks with k8s.v1.cni.cncf.io/networks",
      Kind.DUPLICATE_KEY, "; remove the repeated key");

  private final Workload workload;
  private final String multusNamespace;
  private final List<ValueIssue> issues = new ArrayList<>();
  private final List<NadRef> refs = new ArrayList<>();
  private boolean filtersDefaultRoutes;

  private PodNetworks(Workload workload, String multusNamespace) {
    this.workload = workload;
    this.multusNamespace = multusNamespace;
  }

  /**
   * @param multusNamespace Multus' own namespace, where an unqualified default network is looked up
   */
  static PodNetworks of(Workload w, String multusNamespace) {
    PodNetworks p = new PodNetworks(w, multusNamespace);
    YamlNode annotations = MultusAnnotations.pod(w).annotations();
    MultusAnnotations.entry(annotations, AnnotationKeys.NETWORKS)
        .ifPresent(e -> p.readNetworks(e.value()));
    MultusAnnotations.entry(annotations, AnnotationKeys.DEFAULT_NETWORK)
        .ifPresent(e -> p.readDefaultNetwork(e.value()));
    if (w.podSpec().get("hostNetwork").isTrue()) {
      p.refs.clear(); // Multus never sees such Pods; multus-host-network says so
    }
    return p;
  }

  List<ValueIssue> issues() {
    return issues;
  }

  List<NadRef> refs() {
    return refs;
  }

  /** Some element carries {@code default-route}: Multus then strips every other default gateway. */
  boolean filtersDefaultRoutes() {
    return filtersDefaultRoutes;
  }

  private void readNetworks(YamlNode value) {
    Optional<String> text = stringValue(value, AnnotationKeys.NETWORKS);
    if (text.isEmpty() || text.get().isEmpty()) {
      return; // an empty value means "no secondary networks" (a common Helm default)
    }
    NetworkSelectionResult r = NetworkSelectionParser.parseNetworks(text.get(), workload.namespace());
    classify(value, AnnotationKeys.NETWORKS, text.get(), r, false);
    if (r.hasProblem(ValueProblem.Kind.SYNTAX) || r.elements().isEmpty()) {
      return;
    }
    NetworkPlan plan = NetworkPlan.of(r);
    classifyPlan(value, text.get(), r, plan);
    filtersDefaultRoutes = plan.filtersDefaultGateways();
    for (int i = 0; i < r.elements().size(); i++) {
      addRef(value, r.elements().get(i), false, plan.attachments().get(i).interfaceName());
    }
  }

  private void readDefaultNetwork(YamlNode value) {
    Optional<String> text = stringValue(value, AnnotationKeys.DEFAULT_NETWORK);
    if (text.isEmpty()) {
      return;
    }
    NetworkSelectionResult r = NetworkSelectionParser.parseDefaultNetwork(text.get(),
        workload.namespace(), multusNamespace);
    classify(value, AnnotationKeys.DEFAULT_NETWORK, text.get(), r, true);
    if (r.hasProblem(ValueProblem.Kind.SYNTAX)) {
      return;
    }
    for (NetworkSelection e : r.elements()) {
      addRef(value, e, true, NetworkPlan.CLUSTER_INTERFACE);
    }
    if (r.elements().size() == 1) {
      checkDefaultNamespace(value, r.elements().get(0));
    }
  }

  /** The value as a string; a list, mapping, number or boolean is an issue of its own. */
  private Optional<String> stringValue(YamlNode value, String key) {
    if (value.isNull()) {
      return Optional.of("");
    }
    if (!value.isString()) {
      String what = value.isMapping() ? "a YAML mapping" : value.isSequence() ? "a YAML list"
          : "the " + (value.isBool() ? "boolean" : "number") + " " + value.text();
      issues.add(new ValueIssue(Kind.NOT_A_STRING, value, value.location(),
          "annotation %s is %s, but annotation values must be strings: the API server refuses the object; quote the whole value (for the JSON form, wrap it in single quotes or use a block scalar '|')"
              .formatted(key, what)));
      return Optional.empty();
    }
    String text = value.text();
    return text.contains("{{") ? Optional.empty() : Optional.of(text); // an unrendered template
  }

  private void classify(YamlNode value, String key, String text, NetworkSelectionResult r,
      boolean defaultNetwork) {
    for (ValueProblem p : r.problems()) {
      Kind kind = switch (p.kind()) {
        case SYNTAX, TYPE -> Kind.MALFORMED;
        case REQUIRED -> defaultNetwork && r.elements().isEmpty() && p.start() == 0
            && p.end() == text.length() ? Kind.DEFAULT_NETWORK_COUNT : Kind.MALFORMED;
        case INVALID_VALUE -> inInterfaceValue(p, r) ? Kind.INTERFACE_INVALID : Kind.MALFORMED;
        case UNKNOWN_KEY -> Kind.UNKNOWN_KEY;
        case DUPLICATE_KEY -> Kind.DUPLICATE_KEY;
        case DEPRECATED_KEY -> Kind.DEPRECATED_KEY;
        case CONFLICT -> conflictKind(p, r, defaultNetwork);
        case PORTABILITY -> Kind.PORTABILITY;
        case STYLE -> null;
      };
      if (kind == Kind.DEPRECATED_KEY && p.kind() == ValueProblem.Kind.DEPRECATED_KEY
          && r.problems().stream().anyMatch(q -> q.kind() == ValueProblem.Kind.CONFLICT && q.span().equals(p.span()))) {
        continue; // "ignored because interface is also set" says more
      }
      if (kind != null) {
        add(kind, value, key, text, p);
      }
    }
  }

  private static boolean inInterfaceValue(ValueProblem p, NetworkSelectionResult r) {
    for (NetworkSelection e : r.elements()) {
      for (String k : List.of("interface", "interfaceRequest")) {
        Span s = e.valueSpans().get(k);
        if (s != null && s.start() <= p.start() && p.end() <= s.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The parser's conflicts: interfaceRequest shadowed, a claim with ips, or several defaults. */
  private static Kind conflictKind(ValueProblem p, NetworkSelectionResult r, boolean defaultNetwork) {
    for (NetworkSelection e : r.elements()) {
      if (p.span().equals(e.keySpans().get("interfaceRequest"))) {
        return Kind.DEPRECATED_KEY;
      }
      if (p.span().equals(e.keySpans().get("ipam-claim-reference"))) {
        return Kind.MALFORMED;
      }
    }
    return defaultNetwork ? Kind.DEFAULT_NETWORK_COUNT : Kind.MALFORMED;
  }

  /** Interface-name clashes, ECMP gateways and several default-route elements. */
  private void classifyPlan(YamlNode value, String text, NetworkSelectionResult r, NetworkPlan plan) {
    Set<Span> routeValues = new HashSet<>();
    for (NetworkSelection e : r.elements()) {
      Span s = e.valueSpans().get("default-route");
      if (s != null) {
        routeValues.add(s);
      }
    }
    Set<Span> ecmp = new HashSet<>();
    for (ValueProblem p : plan.problems()) {
      if (p.kind() == ValueProblem.Kind.CONFLICT && routeValues.contains(p.span())) {
        ecmp.add(p.span());
      }
    }
    for (ValueProblem p : plan.problems()) {
      if (p.kind() == ValueProblem.Kind.CONFLICT) {
        add(ecmp.contains(p.span()) ? Kind.DEFAULT_ROUTE_ECMP : Kind.INTERFACE_CONFLICT, value,
            AnnotationKeys.NETWORKS, text, p);
      } else if (p.kind() == ValueProblem.Kind.PORTABILITY && !ecmp.contains(p.span())) {
        add(Kind.DEFAULT_ROUTE_ELEMENTS, value, AnnotationKeys.NETWORKS, text, p);
      }
    }
  }

  private void checkDefaultNamespace(YamlNode value, NetworkSelection e) {
    String podNamespace = workload.namespace();
    if (e.namespace() != null || e.name() == null || multusNamespace.equals(podNamespace)) {
      return;
    }
    String pod = workload.document().namespace() == null
        ? "the Pod's namespace (\"default\" unless applied elsewhere)"
        : "the Pod's namespace \"" + podNamespace + "\"";
    issues.add(new ValueIssue(Kind.DEFAULT_NETWORK_NAMESPACE, value, locate(value, nameSpan(e)),
        ("%s \"%s\" names no namespace: unlike %s, Multus looks it up in its own namespace \"%s\", not in %s;"
            + " write \"%s/%s\" to make that explicit, or \"%s/%s\" if the NetworkAttachmentDefinition lives next to the Pod")
            .formatted(AnnotationKeys.DEFAULT_NETWORK, e.name(), AnnotationKeys.NETWORKS, multusNamespace, pod,
                multusNamespace, e.name(), podNamespace, e.name())));
  }

  private void addRef(YamlNode value, NetworkSelection e, boolean defaultNetwork, String ifname) {
    if (e.name() == null || e.effectiveNamespace() == null) {
      return;
    }
    if (e.namespace() == null && !defaultNetwork && workload.document().hasTemplatedNamespace()) {
      return; // looked up in the Pod's namespace, which is an unrendered template: unknown
    }
    List<Request> requests = new ArrayList<>();
    if (!e.ips().isEmpty()) {
      requests.add(request(value, e, "ips", "ips"));
    }
    if (e.mac() != null) {
      requests.add(request(value, e, "mac", "mac"));
    }
    if (e.infinibandGuid() != null) {
      requests.add(request(value, e, "infiniband-guid", "infinibandGUID"));
    }
    if (e.hasPortMappings()) {
      requests.add(request(value, e, "portMappings", "portMappings"));
    }
    if (e.hasBandwidth()) {
      requests.add(request(value, e, "bandwidth", "bandwidth"));
    }
    refs.add(new NadRef(defaultNetwork, e.effectiveNamespace(), e.name(), e.namespace() != null,
        ifname, e.hasDefaultRoute(), anchor(value, nameSpan(e).start()), List.copyOf(requests)));
  }

  private static Request request(YamlNode value, NetworkSelection e, String key, String capability) {
    Span s = e.keySpans().getOrDefault(key, e.span());
    return new Request(key, capability, anchor(value, s.start()));
  }

  private static Span nameSpan(NetworkSelection e) {
    return e.valueSpans().getOrDefault("name", e.span());
  }

  private static Anchor anchor(YamlNode value, int offset) {
    return new Anchor(ScalarPositions.locate(value, offset), value.path(), null);
  }

  private static io.podlint.parse.Location locate(YamlNode value, Span s) {
    return ScalarPositions.locate(value, s.start());
  }

  private void add(Kind kind, YamlNode value, String key, String text, ValueProblem p) {
    String tail = p.message().contains("sandbox") ? "" : TAILS.getOrDefault(kind, "");
    String message = key + ": " + p.message() + fix(text, p) + tail;
    issues.add(new ValueIssue(kind, value, ScalarPositions.locate(value, p.start()), message, certainFix(kind, value, p)));
  }

  /**
   * The parser's replacement as an edit, for a deprecated key only ({@code "interfaceRequest"}
   * becomes {@code "interface"} when that key is not set too): the other suggestions are guesses.
   */
  private static io.podlint.model.Fix certainFix(Kind kind, YamlNode value, ValueProblem p) {
    if (kind != Kind.DEPRECATED_KEY || p.kind() != ValueProblem.Kind.DEPRECATED_KEY || p.suggestion() == null
        || p.suggestion().isEmpty()) {
      return null;
    }
    return io.podlint.parse.NodeEdits.replaceInside(value, p.start(), p.end(), p.suggestion())
        .map(e -> io.podlint.model.Fix.of("write " + p.suggestion() + " instead of the deprecated key", e)).orElse(null);
  }

  /** The library's exact replacement, when the message does not already name it. */
  private static String fix(String text, ValueProblem p) {
    String s = p.suggestion();
    if (s == null || p.message().contains("did you mean") || p.end() > text.length()) {
      return "";
    }
    String original = text.substring(p.start(), p.end());
    if (s.isEmpty()) {
      return original.isBlank() || original.length() > 60 ? "" : "; remove `" + original + "`";
    }
    return original.isEmpty() || original.length() > 60 ? "; write `" + s + "`"
        : "; write `" + s + "` instead of `" + original + "`";
  }
}

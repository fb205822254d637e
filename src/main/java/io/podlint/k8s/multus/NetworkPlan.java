package io.podlint.k8s.multus;

import io.podlint.k8s.multus.IpLiterals.Family;
import io.podlint.k8s.multus.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cross-element analysis of a parsed {@code k8s.v1.cni.cncf.io/networks} value: which interface
 * each attachment gets and where the default route ends up, following Multus ({@code getIfname},
 * {@code CheckGatewayConfig}).
 *
 * <p>Interface naming: the cluster network is delegate 0 and keeps {@link #CLUSTER_INTERFACE}
 * ({@code eth0}, the runtime-provided name); each annotation element then gets its requested name
 * ({@code interface}, else deprecated {@code interfaceRequest}) or {@code net<idx>} where idx is its
 * delegate position. Without Multus-level {@code defaultNetworks} the first element is {@code
 * net1}; each cluster-wide default network shifts the numbering by one (use {@link #of(List,
 * int)}).
 *
 * <p>Problems are reported with the offsets of the originating elements (the {@code interface} /
 * {@code default-route} value where available, else the element span).
 */
public final class NetworkPlan {

  /** Name of the cluster-network interface (the CNI_IFNAME the runtime passes, in practice). */
  public static final String CLUSTER_INTERFACE = "eth0";

  /**
   * One secondary attachment.
   *
   * @param position 0-based index of the element in the annotation
   * @param selection the parsed element
   * @param interfaceName the name Multus uses for it
   * @param automatic true when {@code interfaceName} is an automatic {@code net<N>} name
   */
  public record Attachment(int position, NetworkSelection selection, String interfaceName,
      boolean automatic) {}

  /**
   * An explicitly requested name that equals the automatic name another element gets.
   *
   * @param explicit the element requesting the name
   * @param automatic the element that gets the same name automatically
   */
  public record AutoNameClash(Attachment explicit, Attachment automatic) {}

  private final List<Attachment> attachments;
  private final Map<String, List<Attachment>> duplicates;
  private final List<Attachment> eth0Requests;
  private final List<AutoNameClash> clashes;
  private final List<Attachment> defaultRouteCarriers;
  private final List<String> v4Gateways = new ArrayList<>();
  private final List<String> v6Gateways = new ArrayList<>();
  private final List<ValueProblem> problems = new ArrayList<>();

  private NetworkPlan(List<NetworkSelection> elements, int firstIndex) {
    List<Attachment> list = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      NetworkSelection s = elements.get(i);
      String requested = s.requestedInterface();
      if (requested != null) {
        list.add(new Attachment(i, s, requested, false));
      } else {
        list.add(new Attachment(i, s, "net" + (firstIndex + i), true));
      }
    }
    attachments = List.copyOf(list);

    Map<String, List<Attachment>> byExplicit = new LinkedHashMap<>();
    for (Attachment a : attachments) {
      if (!a.automatic()) {
        byExplicit.computeIfAbsent(a.interfaceName(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, List<Attachment>> dups = new LinkedHashMap<>();
    byExplicit.forEach((k, v) -> {
      if (v.size() > 1) {
        dups.put(k, List.copyOf(v));
      }
    });
    duplicates = java.util.Collections.unmodifiableMap(dups);

    eth0Requests = attachments.stream()
        .filter(a -> !a.automatic() && a.interfaceName().equals(CLUSTER_INTERFACE)).toList();

    List<AutoNameClash> cl = new ArrayList<>();
    for (Attachment auto : attachments) {
      if (!auto.automatic()) {
        continue;
      }
      for (Attachment exp : attachments) {
        if (!exp.automatic() && exp.interfaceName().equals(auto.interfaceName())) {
          cl.add(new AutoNameClash(exp, auto));
        }
      }
    }
    clashes = List.copyOf(cl);

    defaultRouteCarriers = attachments.stream()
        .filter(a -> a.selection().hasDefaultRoute()).toList();
    for (Attachment a : defaultRouteCarriers) {
      for (String gw : a.selection().defaultRoute()) {
        Optional<IpLiterals.Ip> ip = IpLiterals.parseIp(gw);
        if (ip.isPresent()) {
          (ip.get().family() == Family.IPV4 ? v4Gateways : v6Gateways).add(gw);
        }
      }
    }
    buildProblems();
  }

  /** Plan for annotation elements, numbering automatic names from {@code net1}. */
  public static NetworkPlan of(List<NetworkSelection> elements) {
    return of(elements, 1);
  }

  /** Convenience for {@code of(result.elements())}. */
  public static NetworkPlan of(NetworkSelectionResult result) {
    return of(result.elements(), 1);
  }

  /**
   * Plan with an explicit delegate index for the first element: {@code 1 +} the number of
   * cluster-wide {@code defaultNetworks} configured in Multus.
   */
  public static NetworkPlan of(List<NetworkSelection> elements, int firstIndex) {
    Objects.requireNonNull(elements, "elements");
    if (firstIndex < 1) {
      throw new IllegalArgumentException("firstIndex must be >= 1");
    }
    return new NetworkPlan(elements, firstIndex);
  }

  /** All attachments in annotation order with the interface name each gets. */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** Interface names in annotation order (without the cluster interface). */
  public List<String> interfaceNames() {
    return attachments.stream().map(Attachment::interfaceName).toList();
  }

  /** Explicit names requested by more than one element ("interface name X already exists"). */
  public Map<String, List<Attachment>> duplicateInterfaceNames() {
    return duplicates;
  }

  /** Elements explicitly requesting {@code eth0}, which the cluster network already uses. */
  public List<Attachment> eth0Requests() {
    return eth0Requests;
  }

  /** Explicit names equal to the automatic {@code net<N>} name of another element. */
  public List<AutoNameClash> autoNameClashes() {
    return clashes;
  }

  /** Elements carrying {@code default-route} (including an empty list). */
  public List<Attachment> defaultRouteCarriers() {
    return defaultRouteCarriers;
  }

  /** NPWG: only one element may carry {@code default-route}. */
  public boolean hasMultipleDefaultRouteElements() {
    return defaultRouteCarriers.size() > 1;
  }

  /** Valid gateway IPs of the given family over all elements (IPv4-mapped IPv6 counts as IPv4). */
  public List<String> gateways(Family family) {
    return List.copyOf(family == Family.IPV4 ? v4Gateways : v6Gateways);
  }

  /** Multus rejects more than one gateway per family: "multus does not support ECMP...". */
  public boolean hasEcmpDefaultRoute() {
    return v4Gateways.size() > 1 || v6Gateways.size() > 1;
  }

  /**
   * True when some element sets {@code default-route}: Multus then strips the default gateway from
   * every attachment that did not request it, including the cluster network.
   */
  public boolean filtersDefaultGateways() {
    return !defaultRouteCarriers.isEmpty();
  }

  /**
   * The interface expected to carry the Pod's default route: {@code eth0} unless an element
   * carries {@code default-route}, then the first such element's interface. Secondary NAD IPAM
   * configs may still add routes of their own when no element sets {@code default-route}; see
   * {@link NadConfig#installsDefaultRoute()}.
   */
  public String defaultRouteInterface() {
    return defaultRouteCarriers.isEmpty() ? CLUSTER_INTERFACE
        : defaultRouteCarriers.get(0).interfaceName();
  }

  /**
   * Per-family view of {@link #defaultRouteInterface()}: without {@code default-route} anywhere,
   * {@code eth0}; otherwise the interface of the first element requesting a gateway of that family,
   * or empty when none does (Multus then filters that family's default gateway from every
   * attachment, so the Pod has no default route of that family).
   */
  public Optional<String> defaultRouteInterface(Family family) {
    if (defaultRouteCarriers.isEmpty()) {
      return Optional.of(CLUSTER_INTERFACE);
    }
    for (Attachment a : defaultRouteCarriers) {
      for (String gw : a.selection().defaultRoute()) {
        Optional<IpLiterals.Ip> ip = IpLiterals.parseIp(gw);
        if (ip.isPresent() && ip.get().family() == family) {
          return Optional.of(a.interfaceName());
        }
      }
    }
    return Optional.empty();
  }

  /** All cross-element findings as problems with offsets into the annotation value, sorted. */
  public List<ValueProblem> problems() {
    return List.copyOf(problems);
  }

  private static Span ifSpan(Attachment a) {
    NetworkSelection s = a.selection();
    Span v = s.valueSpans().get(s.interfaceName() != null ? "interface" : "interfaceRequest");
    return v != null ? v : s.span();
  }

  private static Span routeSpan(Attachment a) {
    Span v = a.selection().valueSpans().get("default-route");
    return v != null ? v : a.selection().span();
  }

  private void buildProblems() {
    duplicates.forEach((name, list) -> {
      for (Attachment a : list.subList(1, list.size())) {
        problems.add(ValueProblem.at(ifSpan(a), Kind.CONFLICT, "interface name '" + name
            + "' is already requested by element " + (list.get(0).position() + 1) + ": the"
            + " attachment fails with \"interface name " + name + " already exists\""));
      }
    });
    for (Attachment a : eth0Requests) {
      problems.add(ValueProblem.at(ifSpan(a), Kind.CONFLICT, "interface name 'eth0' is used by"
          + " the cluster network: the attachment fails with \"interface name eth0 already"
          + " exists\""));
    }
    for (AutoNameClash c : clashes) {
      problems.add(ValueProblem.at(ifSpan(c.explicit()), Kind.CONFLICT, "interface name '"
          + c.explicit().interfaceName() + "' is also the automatic name of element "
          + (c.automatic().position() + 1) + " ('" + c.automatic().selection().name()
          + "'); whichever is attached second fails with \"already exists\""));
    }
    if (defaultRouteCarriers.size() > 1) {
      for (Attachment a : defaultRouteCarriers.subList(1, defaultRouteCarriers.size())) {
        problems.add(ValueProblem.at(routeSpan(a), Kind.PORTABILITY, "only one element may"
            + " carry \"default-route\" (NPWG spec; element " + (defaultRouteCarriers.get(0)
            .position() + 1) + " already does). Multus only rejects more than one gateway per"
            + " IP family"));
      }
    }
    for (Family f : Family.values()) {
      int count = 0;
      for (Attachment a : defaultRouteCarriers) {
        int mine = 0;
        for (String gw : a.selection().defaultRoute()) {
          Optional<IpLiterals.Ip> ip = IpLiterals.parseIp(gw);
          if (ip.isPresent() && ip.get().family() == f) {
            mine++;
          }
        }
        count += mine;
        if (mine > 0 && count > 1) {
          problems.add(ValueProblem.at(routeSpan(a), Kind.CONFLICT, "more than one "
              + (f == Family.IPV4 ? "IPv4" : "IPv6") + " gateway across \"default-route\""
              + " entries: multus does not support ECMP for default-route"));
        }
      }
    }
    problems.sort(Comparator.comparingInt(ValueProblem::start).thenComparingInt(ValueProblem::end));
  }
}

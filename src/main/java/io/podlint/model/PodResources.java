package io.podlint.model;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.ResourceNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of a whole Pod, computed like the scheduler and the kubelet do
 * ({@code k8s.io/component-helpers/resource} {@code PodRequests}/{@code PodLimits} and
 * {@code ComputePodQOS}), after the API server's defaulting: container requests default to their
 * limits, every quantity is rounded up to milli.
 *
 * <ul>
 *   <li>Regular containers and native sidecars add up. An init container runs alone, next to the
 *       sidecars declared before it, so the Pod needs the larger of that peak and the steady sum:
 *       {@code max(sum(regular) + sum(sidecars), max_i(init_i + sum(sidecars before i)))}.
 *   <li>Pod-level {@code spec.resources} (cpu, memory, hugepages) replaces the container total for
 *       the resources it sets; its requests default to the containers' total, else to its limits.
 *   <li>{@code spec.overhead} is added to the requests, and to the limits that are set.
 *   <li>Ephemeral containers are ignored.
 * </ul>
 */
public final class PodResources {

  /** The QoS class the kubelet assigns ({@code status.qosClass}). */
  public enum QosClass {
    BEST_EFFORT("BestEffort"),
    BURSTABLE("Burstable"),
    GUARANTEED("Guaranteed");

    private final String apiName;

    QosClass(String apiName) {
      this.apiName = apiName;
    }

    /** The name in the API, such as {@code Guaranteed}. */
    public String apiName() {
      return apiName;
    }

    @Override
    public String toString() {
      return apiName;
    }
  }

  private final Map<String, Quantity> requests;
  private final Map<String, Quantity> limits;
  private final Set<String> limited;
  private final QosClass qosClass;
  private final boolean podLevel;

  private PodResources(Map<String, Quantity> requests, Map<String, Quantity> limits, Set<String> limited,
      QosClass qosClass, boolean podLevel) {
    this.requests = Map.copyOf(requests);
    this.limits = Map.copyOf(limits);
    this.limited = Set.copyOf(limited);
    this.qosClass = qosClass;
    this.podLevel = podLevel;
  }

  /** The workload's effective resources, computed once per workload however many checks ask. */
  public static PodResources of(Workload w) {
    return w.memo(PodResources.class, () -> compute(w));
  }

  private static PodResources compute(Workload w) {
    Map<ContainerView, ResourceRequirements> byContainer = new LinkedHashMap<>();
    for (ContainerView c : w.containers()) {
      if (c.type() != ContainerView.Type.EPHEMERAL) {
        byContainer.put(c, ResourceRequirements.of(w, c));
      }
    }
    ResourceRequirements pod = ResourceRequirements.of(w.podSpec().get("resources"));
    ResourceList overhead = ResourceList.of(w.podSpec().get("overhead"));

    Map<String, Quantity> containerRequests = aggregate(byContainer, ResourceRequirements::effectiveRequests);
    Map<String, Quantity> podRequests = defaultedPodRequests(pod, containerRequests);
    Map<String, Quantity> requests = new LinkedHashMap<>(containerRequests);
    podRequests.forEach(requests::put);
    overhead.quantities().forEach((name, q) -> requests.merge(name, q, Quantity::plus));

    Map<String, Quantity> limits = aggregate(byContainer, r -> r.limits().quantities());
    Map<String, Quantity> podLimits = supportedAtPodLevel(pod.limits().quantities());
    podLimits.forEach(limits::put);
    overhead.quantities().forEach((name, q) -> limits.computeIfPresent(name, (n, l) -> l.plus(q)));

    Set<String> limited = new HashSet<>(podLimits.keySet());
    Set<String> named = new HashSet<>();
    byContainer.values().forEach(r -> named.addAll(r.limits().quantities().keySet()));
    for (String name : named) {
      if (!byContainer.isEmpty() && byContainer.values().stream().allMatch(r -> r.hasPositiveLimit(name))) {
        limited.add(name);
      }
    }
    boolean podLevel = podRequests.keySet().stream().anyMatch(ResourceNames.COMPUTE::contains)
        || podLimits.keySet().stream().anyMatch(ResourceNames.COMPUTE::contains);
    QosClass qos = podLevel ? qos(List.of(new Budget(podRequests, podLimits)))
        : qos(byContainer.values().stream().map(r -> new Budget(r.effectiveRequests(), r.limits().quantities())).toList());
    return new PodResources(requests, limits, limited, qos, podLevel);
  }

  /** The Pod's effective requests (what the scheduler reserves on a node), by resource name. */
  public Map<String, Quantity> requests() {
    return requests;
  }

  /** The Pod's effective limits, by resource name; see {@link #isLimited} for unlimited resources. */
  public Map<String, Quantity> limits() {
    return limits;
  }

  public Optional<Quantity> request(String name) {
    return Optional.ofNullable(requests.get(name));
  }

  /** The Pod's limit, or empty when some container may use the resource without a limit. */
  public Optional<Quantity> limit(String name) {
    return isLimited(name) ? Optional.ofNullable(limits.get(name)) : Optional.empty();
  }

  /**
   * Whether the Pod as a whole is capped: a pod-level limit, or a positive limit on every
   * (non-ephemeral) container.
   */
  public boolean isLimited(String name) {
    return limited.contains(name);
  }

  public QosClass qosClass() {
    return qosClass;
  }

  /** Whether pod-level cpu or memory (spec.resources) decides the QoS class. */
  public boolean hasPodLevelResources() {
    return podLevel;
  }

  private interface ListOf {
    Map<String, Quantity> of(ResourceRequirements r);
  }

  /** {@code AggregateContainerRequests}/{@code AggregateContainerLimits}. */
  private static Map<String, Quantity> aggregate(Map<ContainerView, ResourceRequirements> containers, ListOf list) {
    Map<String, Quantity> steady = new LinkedHashMap<>();
    containers.forEach((c, r) -> {
      if (c.type() == ContainerView.Type.REGULAR) {
        add(steady, list.of(r));
      }
    });
    Map<String, Quantity> sidecarsSoFar = new LinkedHashMap<>();
    Map<String, Quantity> initPeak = new LinkedHashMap<>();
    containers.forEach((c, r) -> {
      Map<String, Quantity> during;
      if (c.type() == ContainerView.Type.SIDECAR) {
        add(steady, list.of(r));
        add(sidecarsSoFar, list.of(r));
        during = sidecarsSoFar;
      } else if (c.type() == ContainerView.Type.INIT) {
        during = new LinkedHashMap<>(list.of(r));
        add(during, sidecarsSoFar);
      } else {
        return;
      }
      during.forEach((name, q) -> initPeak.merge(name, q, Quantity::max));
    });
    initPeak.forEach((name, q) -> steady.merge(name, q, Quantity::max));
    return steady;
  }

  private static void add(Map<String, Quantity> into, Map<String, Quantity> more) {
    more.forEach((name, q) -> into.merge(name, q, Quantity::plus));
  }

  /**
   * Pod-level requests after defaulting: when pod-level limits are set, a missing pod-level
   * request defaults to the containers' total for that resource, else to the pod-level limit.
   */
  private static Map<String, Quantity> defaultedPodRequests(ResourceRequirements pod, Map<String, Quantity> containers) {
    Map<String, Quantity> out = supportedAtPodLevel(pod.requests().quantities());
    if (!pod.limits().isEmpty()) {
      supportedAtPodLevel(pod.limits().quantities()).forEach((name, limit) ->
          out.computeIfAbsent(name, n -> containers.getOrDefault(n, limit)));
    }
    return out;
  }

  private static Map<String, Quantity> supportedAtPodLevel(Map<String, Quantity> list) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    list.forEach((name, q) -> {
      if (ResourceNames.isSupportedAtPodLevel(name)) {
        out.put(name, q);
      }
    });
    return out;
  }

  /** Requests and limits of one container, or of the pod level. */
  private record Budget(Map<String, Quantity> requests, Map<String, Quantity> limits) {}

  /** {@code ComputePodQOS}: only positive cpu and memory quantities count. */
  private static QosClass qos(List<Budget> budgets) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    Map<String, Quantity> limits = new LinkedHashMap<>();
    boolean guaranteed = true;
    for (Budget b : budgets) {
      add(requests, positiveCompute(b.requests()));
      Map<String, Quantity> l = positiveCompute(b.limits());
      add(limits, l);
      if (!l.keySet().containsAll(ResourceNames.COMPUTE)) {
        guaranteed = false;
      }
    }
    if (requests.isEmpty() && limits.isEmpty()) {
      return QosClass.BEST_EFFORT;
    }
    for (Map.Entry<String, Quantity> r : requests.entrySet()) {
      Quantity l = limits.get(r.getKey());
      if (l == null || l.compareTo(r.getValue()) != 0) {
        guaranteed = false;
      }
    }
    return guaranteed && requests.size() == limits.size() ? QosClass.GUARANTEED : QosClass.BURSTABLE;
  }

  private static Map<String, Quantity> positiveCompute(Map<String, Quantity> list) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    list.forEach((name, q) -> {
      if (ResourceNames.COMPUTE.contains(name) && q.signum() > 0) {
        out.put(name, q);
      }
    });
    return out;
  }
}

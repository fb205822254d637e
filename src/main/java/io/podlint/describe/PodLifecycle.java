package io.podlint.describe;

import java.util.List;
import java.util.Map;

/**
 * The predicted life of one Pod of a workload, from the manifest alone, with the API server's
 * defaults applied: whether it is admitted, what it asks of the scheduler, the interfaces it gets,
 * how it starts, how it fails, and how it stops. Times are in seconds: start-up times from the
 * moment the container starts, termination times from the moment the Pod is deleted.
 */
public record PodLifecycle(WorkloadId workload, Admission admission, Scheduling scheduling,
    Network network, List<SelectingService> services, Startup startup, Failure failure, Termination termination,
    Disruption disruption,
    List<Note> otherNotes) {

  public PodLifecycle {
    otherNotes = List.copyOf(otherNotes);
  }

  /** Whether the workload has error findings (the describe command then exits with 1). */
  public boolean hasErrors() {
    return !admission.errors().isEmpty();
  }

  /**
   * Which object this is.
   *
   * @param namespace the namespace the Pods live in ({@code default} when the manifest names none)
   */
  public record WorkloadId(String file, int line, String apiVersion, String kind, String name, String namespace) {
    /** {@code Deployment shop/web}. */
    public String display() {
      return kind + " " + namespace + "/" + (name == null ? "<unnamed>" : name);
    }
  }

  /**
   * A finding shown in the description, always with its rule id.
   *
   * @param stage for errors, what their consequence is: {@code rejected} (the API server or
   *     admission refuses the object), {@code runtime} (accepted, fails in the cluster) or
   *     {@code silent}; null for warnings and infos
   * @param summary the rule's one-line summary
   * @param container the container it is about, or null
   */
  public record Note(String ruleId, String severity, String stage, String summary, String message,
      String consequence, int line, int column, String container) {}

  /**
   * Admission by the API server.
   *
   * @param verdict {@code rejected} when an error finding's consequence is a rejection, else
   *     {@code accepted}
   * @param errors every error finding of the workload, in file order
   */
  public record Admission(String verdict, List<Note> errors,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      PodSecurity podSecurity) {
    public Admission {
      errors = List.copyOf(errors);
    }

    public Admission(String verdict, List<Note> errors) {
      this(verdict, errors, null);
    }

    public boolean rejected() {
      return "rejected".equals(verdict);
    }
  }

  /**
   * The Pod Security levels admission applies to the workload (absent when none is known).
   *
   * @param origin where podlint found them: {@code --pod-security ...}, {@code podSecurity in ...}
   *     or {@code the labels of Namespace "..."}
   * @param modes each mode with a level, from enforce to audit
   */
  public record PodSecurity(String origin, List<PodSecurityMode> modes) {
    public PodSecurity {
      modes = List.copyOf(modes);
    }
  }

  /**
   * @param level as admission prints it, such as {@code restricted:latest}
   * @param evaluated the policy version whose checks run on the target cluster, such as {@code v1.36}
   * @param failingChecks the upstream ids of the checks the Pod fails, such as {@code runAsNonRoot}
   */
  public record PodSecurityMode(String mode, String level, String evaluated, List<String> failingChecks) {
    public PodSecurityMode {
      failingChecks = List.copyOf(failingChecks);
    }
  }

  /**
   * What the scheduler reserves and where the Pod may go.
   *
   * @param requests the Pod's effective requests by resource (cpu and memory always present; null
   *     when nothing requests it), in canonical form
   * @param limits the Pod's limits (cpu and memory always present; null when some container may use
   *     the resource without limit)
   * @param containers each container's own requests and limits (after defaulting)
   * @param overhead {@code spec.overhead}, included in the totals
   * @param podLevel whether pod-level {@code spec.resources} decides the QoS class
   */
  public record Scheduling(String qosClass, Map<String, String> requests, Map<String, String> limits,
      List<ContainerResources> containers, Map<String, String> overhead, boolean podLevel,
      Placement placement, List<Note> notes) {
    public Scheduling {
      containers = List.copyOf(containers);
      notes = List.copyOf(notes);
    }
  }

  /** @param type {@code init}, {@code sidecar} or {@code container} */
  public record ContainerResources(String name, String type, Map<String, String> requests, Map<String, String> limits) {}

  /**
   * Placement constraints, summarised one line per term.
   *
   * @param nodeName a fixed node: the scheduler is bypassed
   * @param nodeAffinity {@code required: disktype In [ssd]}, {@code preferred (weight 10): ...}
   * @param podAffinity pod affinity and anti-affinity terms
   * @param tolerations {@code node-role.kubernetes.io/control-plane:NoSchedule (Exists)}
   * @param topologySpread {@code zone: maxSkew 1, DoNotSchedule}
   * @param clusterProfile the node pools the Pod may use, only with a cluster profile (absent in the JSON without one)
   */
  public record Placement(String nodeName, Map<String, String> nodeSelector, List<String> nodeAffinity,
      List<String> podAffinity, List<String> tolerations, List<String> topologySpread,
      String priorityClassName, String runtimeClassName, String schedulerName,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      ProfilePlacement clusterProfile) {
    public Placement {
      nodeAffinity = List.copyOf(nodeAffinity);
      podAffinity = List.copyOf(podAffinity);
      tolerations = List.copyOf(tolerations);
      topologySpread = List.copyOf(topologySpread);
    }

    /** No constraint at all: any schedulable node with room will do. */
    public boolean unconstrained() {
      return nodeName == null && nodeSelector.isEmpty() && nodeAffinity.isEmpty() && podAffinity.isEmpty()
          && tolerations.isEmpty() && topologySpread.isEmpty();
    }
  }

  /**
   * The node pools of the cluster profile for the Pod.
   *
   * @param profile the profile file
   * @param pools each pool in profile order; null when the Pod's nodeSelector, node affinity or
   *     tolerations cannot be read (templated), or when nodeName bypasses the scheduler
   * @param bypassed a fixed nodeName: the pools are not considered
   */
  public record ProfilePlacement(String profile, List<PoolFit> pools, boolean bypassed) {
    public ProfilePlacement {
      pools = pools == null ? null : List.copyOf(pools);
    }

    /** The pools that can run the Pod. */
    public List<PoolFit> eligible() {
      return pools == null ? List.of() : pools.stream().filter(p -> p.cause() == null).toList();
    }
  }

  /**
   * One node pool for the Pod.
   *
   * @param cause null when the Pod can run there, else the first filter that fails:
   *     {@code no-nodes}, {@code nodeSelector}, {@code nodeAffinity}, {@code taints} or {@code size}
   * @param reason for the text, e.g. {@code lacks pool=batch}; null when eligible
   */
  public record PoolFit(String pool, long nodes, String cause, String reason) {}

  /**
   * The Pod's sandbox and interfaces.
   *
   * @param hostNetwork the Pod shares the node's network namespace (no interfaces of its own;
   *     Multus is not called)
   * @param interfaces {@code eth0} first, then each Multus attachment in annotation order
   * @param defaultRoute the interface that carries the default route, or null when none is known
   * @param extraDefaultRoutes interfaces whose NetworkAttachmentDefinition adds another default route
   * @param problem why the Multus selection could not be read, or null
   */
  public record Network(boolean hostNetwork, List<Interface> interfaces, String defaultRoute,
      List<String> extraDefaultRoutes, String problem, List<Note> notes) {
    public Network {
      interfaces = List.copyOf(interfaces);
      extraDefaultRoutes = List.copyOf(extraDefaultRoutes);
      notes = List.copyOf(notes);
    }
  }

  /**
   * A Service of the input whose selector matches the Pod's labels (of several copies of one
   * Service, the one nearest to the workload).
   *
   * @param ports each Service port and where it lands in the Pod
   */
  public record SelectingService(String namespace, String name, String file, int line, boolean headless,
      List<ServicePortTarget> ports) {
    public SelectingService {
      ports = List.copyOf(ports);
    }
  }

  /**
   * One Service port.
   *
   * @param port the Service port, null when not a number
   * @param targetPort the target as written or defaulted (a number or a container port name)
   * @param containerPort the number a named target resolves to in this Pod, null when it does not resolve
   * @param container the container that declares the target, null when none does
   * @param resolves false when a named target matches no container port of this Pod (no endpoints here)
   */
  public record ServicePortTarget(String name, Integer port, String protocol, String targetPort, Integer containerPort,
      String container, boolean resolves) {}

  /**
   * One interface in the Pod.
   *
   * @param automatic the name is Multus' automatic {@code net<N>}
   * @param nadNamespace the NetworkAttachmentDefinition's namespace, null for the cluster network
   * @param nadFound whether that NetworkAttachmentDefinition is in the input; null for the cluster
   *     network
   * @param pluginTypes the CNI plugin types of the NetworkAttachmentDefinition's config, when found
   * @param defaultRouteGateways the gateways the selection asks for with {@code default-route}
   * @param failure why Multus fails this attachment (a name that already exists), or null
   */
  public record Interface(String name, boolean automatic, String nadNamespace, String nadName, Boolean nadFound,
      List<String> pluginTypes, List<String> defaultRouteGateways, String failure) {
    public Interface {
      pluginTypes = List.copyOf(pluginTypes);
      defaultRouteGateways = List.copyOf(defaultRouteGateways);
    }

    public boolean clusterNetwork() {
      return nadName == null;
    }
  }

  /**
   * Start-up, in the kubelet's order: init containers and native sidecars as declared, then the
   * regular containers.
   *
   * @param podReadyAt the earliest second (after the regular containers start) at which every
   *     container and sidecar can be Ready, or null when some never can be known
   * @param minReadySeconds a controller's {@code minReadySeconds}: the Pod counts as available that
   *     much later
   */
  public record Startup(List<ContainerStart> containers, Long podReadyAt, List<String> readinessGates,
      long minReadySeconds, List<Note> notes) {
    public Startup {
      containers = List.copyOf(containers);
      readinessGates = List.copyOf(readinessGates);
      notes = List.copyOf(notes);
    }
  }

  /**
   * @param type {@code init}, {@code sidecar} or {@code container}
   * @param probes null for plain init containers (they run to completion and have no probes)
   */
  public record ContainerStart(String name, String type, String image, ImagePull pull, boolean postStart,
      ProbeSchedule probes) {}

  /**
   * @param policy the effective imagePullPolicy, or null when the written value is not supported
   * @param written the value as written when it is not supported
   * @param defaulted whether the API server's default applies
   * @param reason why the default is what it is, for a defaulted policy
   */
  public record ImagePull(String policy, String written, boolean defaulted, String reason) {}

  /**
   * When a container can become Ready, and when a slow start gets it killed. Seconds after the
   * container starts; null when it does not apply.
   *
   * @param startedAt the earliest moment its startup probe can pass (0 without a startup probe);
   *     a sidecar's start gates the next init container
   * @param readyAt the earliest moment it can be Ready
   * @param readyBasis how {@code readyAt} follows from the probes
   * @param slowStartKillAt when a container that has not answered yet is killed
   * @param slowStartKiller {@code startup} or {@code liveness}, or null when nothing kills a slow start
   * @param slowStartFormula the arithmetic behind {@code slowStartKillAt}
   * @param livenessWindow once started, how long a hung container keeps running before liveness
   *     kills it ({@code failureThreshold * periodSeconds}), or null without a liveness probe
   * @param invalidProbes probes whose numbers the API server rejects (not used in the figures)
   */
  public record ProbeSchedule(long startedAt, Long readyAt, String readyBasis, Long slowStartKillAt,
      String slowStartKiller, String slowStartFormula, Long livenessWindow, List<String> invalidProbes) {
    public ProbeSchedule {
      invalidProbes = List.copyOf(invalidProbes);
    }
  }

  /**
   * What happens when containers exit or fail.
   *
   * @param restartPolicy the pod's restartPolicy after defaulting (as written when not supported)
   * @param restarts what the kubelet does when a container exits
   * @param crashLoop the back-off between restarts, or null when the kubelet never restarts
   * @param podActiveDeadlineSeconds the pod's {@code activeDeadlineSeconds}, or null
   * @param job the Job's limits, or null for other kinds
   */
  public record Failure(String restartPolicy, boolean restartPolicyDefaulted, String restarts, CrashLoop crashLoop,
      Long podActiveDeadlineSeconds, JobLimits job, List<Note> notes) {
    public Failure {
      notes = List.copyOf(notes);
    }
  }

  /**
   * The kubelet's crash-loop back-off.
   *
   * @param delays the wait before the 1st, 2nd, ... restart, up to the first capped one
   */
  public record CrashLoop(List<Long> delays, long maxDelay, long resetAfter) {
    public CrashLoop {
      delays = List.copyOf(delays);
    }
  }

  /**
   * @param backoffLimit failed Pods (or, with OnFailure, container restarts) tolerated before the
   *     Job fails
   * @param countedFailures what counts against {@code backoffLimit}
   * @param activeDeadlineSeconds the Job's {@code spec.activeDeadlineSeconds}, or null
   * @param schedule a CronJob's schedule, or null
   */
  public record JobLimits(long backoffLimit, boolean backoffLimitDefaulted, String countedFailures,
      Long activeDeadlineSeconds, boolean podFailurePolicy, Long backoffLimitPerIndex, String schedule,
      String concurrencyPolicy) {}

  /**
   * Termination on a rolling update, scale-down, eviction or deletion.
   *
   * @param trigger what replaces or removes the Pod, e.g. the rollout strategy
   * @param gracePeriod terminationGracePeriodSeconds as the kubelet uses it
   * @param services Services of the input whose endpoints the Pod leaves
   * @param timeline the events in time order
   */
  public record Termination(String trigger, long gracePeriod, boolean gracePeriodDefaulted, List<String> services,
      List<ContainerStop> containers, List<Event> timeline, List<Note> notes) {
    public Termination {
      services = List.copyOf(services);
      containers = List.copyOf(containers);
      timeline = List.copyOf(timeline);
      notes = List.copyOf(notes);
    }
  }

  /**
   * How one long-running container stops. Times are a range when they depend on how long a
   * preStop hook or the main containers take.
   *
   * @param type {@code container} or {@code sidecar}
   * @param preStop the preStop handler, e.g. {@code sleep 5 s}, or null without one
   * @param preStopSeconds how long the preStop hook waits, null when unknown (no sleep, an httpGet)
   * @param preStopAtLeast {@code preStopSeconds} is a lower bound (commands after the sleep)
   * @param sigtermEarliest the earliest moment the stop signal is sent
   * @param sigtermLatest the latest moment the stop signal is sent
   * @param sigkillEarliest the earliest moment a container still running is killed
   * @param sigkillLatest the latest moment a container still running is killed
   * @param stopSignal the signal sent, {@code SIGTERM} unless {@code lifecycle.stopSignal} says otherwise
   */
  public record ContainerStop(String name, String type, String preStop, Double preStopSeconds,
      boolean preStopAtLeast, double sigtermEarliest, double sigtermLatest, double sigkillEarliest,
      double sigkillLatest, String stopSignal) {}

  /**
   * One moment of a timeline: a second, or a range of seconds when it depends on how long
   * something takes.
   */
  public record Event(double earliest, double latest, String what) {
    public boolean exact() {
      return earliest == latest;
    }
  }

  /**
   * Voluntary disruptions: the PodDisruptionBudgets and the HorizontalPodAutoscaler of the input
   * that govern the workload's Pods, and what {@code kubectl drain} does with them.
   *
   * @param budgets the budgets whose selector matches the Pod's labels (one copy of each, the
   *     nearest by folder)
   * @param autoscaler the HPA whose scaleTargetRef names the workload, or null
   * @param drain what a drain of a node running one of its Pods does, or null for a PodTemplate
   */
  public record Disruption(List<Budget> budgets, Autoscaler autoscaler, String drain) {
    public Disruption {
      budgets = List.copyOf(budgets);
    }
  }

  /**
   * @param budget {@code minAvailable 2} or {@code maxUnavailable 25%}
   * @param allowedEvictions how many Pods it lets go at once while all are Ready, or null when the
   *     number of Pods is not known
   */
  public record Budget(String name, String file, int line, String budget, Long allowedEvictions) {}

  /** @param minReplicas defaulted to 1; maxReplicas null when unreadable */
  public record Autoscaler(String name, String file, int line, long minReplicas, Long maxReplicas) {}
}

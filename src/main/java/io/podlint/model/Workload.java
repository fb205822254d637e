package io.podlint.model;

import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "The pod spec and its containers" of any workload kind: the single view every rule uses.
 *
 * @param document the object it was found in
 * @param template the mapping that holds {@code metadata} and {@code spec} of the Pod (for a bare
 *     Pod, the object itself)
 * @param containers every container in declaration order: init containers (and sidecars), then
 *     regular containers, then ephemeral containers
 */
public final class Workload {
  private final Document document;
  private final YamlNode template;
  private final List<ContainerView> containers;
  /** Subsets many checks ask for, split once. */
  private final List<ContainerView> longRunning;
  private final Map<ContainerView.Type, List<ContainerView>> byType = new java.util.EnumMap<>(ContainerView.Type.class);
  /** Facts several checks derive from the same workload, computed once (one thread per file). */
  private final Map<Object, Object> memo = new java.util.HashMap<>();

  public Workload(Document document, YamlNode template, List<ContainerView> containers) {
    this.document = document;
    this.template = template;
    this.containers = List.copyOf(containers);
    List<ContainerView> longRunning = new ArrayList<>();
    for (ContainerView c : this.containers) {
      if (c.isLongRunning()) {
        longRunning.add(c);
      }
      byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
    }
    this.longRunning = List.copyOf(longRunning);
    byType.replaceAll((t, list) -> List.copyOf(list));
  }

  public Document document() {
    return document;
  }

  /** The mapping that holds the Pod's {@code metadata} and {@code spec}. */
  public YamlNode template() {
    return template;
  }

  /** Every container in declaration order. */
  public List<ContainerView> containers() {
    return containers;
  }

  /**
   * A value derived from this workload, computed on first use and shared by every check that
   * asks with the same key (effective resources, parsed images...). Not thread-safe: a workload
   * belongs to the one thread that lints its file.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  /**
   * Kinds whose controllers run Pods forever and require {@code restartPolicy: Always}: the
   * built-in ones, OpenShift's DeploymentConfig (validated as a ReplicationController's template)
   * and Argo Rollouts' Rollout (validated by its controller as a ReplicaSet's template).
   */
  public static final Set<String> LONG_RUNNING_CONTROLLERS = Set.of("Deployment", "StatefulSet", "DaemonSet",
      "ReplicaSet", "ReplicationController", "DeploymentConfig", "Rollout");
  public static final Set<String> JOB_KINDS = Set.of("Job", "CronJob");
  /** Controllers that keep a number of identical Pods running ({@code spec.replicas}). */
  public static final List<String> REPLICATED_KINDS = List.of("Deployment", "StatefulSet", "ReplicaSet",
      "ReplicationController", "DeploymentConfig", "Rollout");
  public static final List<String> KINDS = List.of("Pod", "Deployment", "StatefulSet", "DaemonSet",
      "ReplicaSet", "ReplicationController", "Job", "CronJob", "PodTemplate", "DeploymentConfig", "Rollout");

  private static final Map<String, String> TEMPLATE_PATHS = Map.of(
      "Deployment", "spec.template", "StatefulSet", "spec.template", "DaemonSet", "spec.template",
      "ReplicaSet", "spec.template", "ReplicationController", "spec.template", "Job", "spec.template",
      "CronJob", "spec.jobTemplate.spec.template", "PodTemplate", "template", "DeploymentConfig", "spec.template",
      "Rollout", "spec.template");

  /**
   * The workload view of a document, if its kind carries a pod template.
   *
   * @param customKinds extra kinds (such as Argo Rollouts) mapped to the dotted path of their
   *     pod template
   */
  public static Optional<Workload> of(Document d, Map<String, String> customKinds) {
    String kind = d.kind();
    if (kind == null) {
      return Optional.empty();
    }
    YamlNode template;
    if (customKinds.containsKey(kind)) {
      template = d.root().at(customKinds.get(kind));
    } else if (!isBuiltInGroup(kind, d.apiVersion())) {
      return Optional.empty();
    } else if ("Pod".equals(kind)) {
      template = d.root();
    } else {
      template = d.root().at(TEMPLATE_PATHS.get(kind));
    }
    if (!template.isMapping()) {
      return Optional.empty();
    }
    return Optional.of(new Workload(d, template, collectContainers(template.get("spec"))));
  }

  private static boolean isBuiltInGroup(String kind, String apiVersion) {
    if (!TEMPLATE_PATHS.containsKey(kind) && !"Pod".equals(kind)) {
      return false;
    }
    String group = apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
    return switch (kind) {
      case "Pod", "PodTemplate", "ReplicationController" -> group.isEmpty();
      case "Job", "CronJob" -> group.equals("batch");
      // OpenShift 3 also served DeploymentConfigs as plain v1.
      case "DeploymentConfig" -> group.equals("apps.openshift.io") || group.isEmpty();
      // A Rollout with spec.workloadRef has no template of its own: Workload.of finds none.
      case "Rollout" -> group.equals("argoproj.io");
      default -> group.equals("apps") || group.equals("extensions");
    };
  }

  private static List<ContainerView> collectContainers(YamlNode spec) {
    List<ContainerView> out = new ArrayList<>();
    List<YamlNode> init = spec.get("initContainers").items();
    for (int i = 0; i < init.size(); i++) {
      YamlNode c = init.get(i);
      boolean sidecar = "Always".equals(c.get("restartPolicy").text());
      out.add(new ContainerView(c, sidecar ? ContainerView.Type.SIDECAR : ContainerView.Type.INIT, i));
    }
    List<YamlNode> regular = spec.get("containers").items();
    for (int i = 0; i < regular.size(); i++) {
      out.add(new ContainerView(regular.get(i), ContainerView.Type.REGULAR, i));
    }
    List<YamlNode> ephemeral = spec.get("ephemeralContainers").items();
    for (int i = 0; i < ephemeral.size(); i++) {
      out.add(new ContainerView(ephemeral.get(i), ContainerView.Type.EPHEMERAL, i));
    }
    return List.copyOf(out);
  }

  public String kind() {
    return document.kind();
  }

  public boolean isBarePod() {
    return "Pod".equals(kind());
  }

  public boolean isJob() {
    return JOB_KINDS.contains(kind());
  }

  /** Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, DeploymentConfig or Rollout. */
  public boolean isController() {
    return LONG_RUNNING_CONTROLLERS.contains(kind());
  }

  /** Runs until deleted: a long-running controller, or a bare Pod whose restart policy is Always. */
  public boolean isLongRunning() {
    if (isController()) {
      return true;
    }
    return isBarePod() && "Always".equals(podSpec().get("restartPolicy").text("Always"));
  }

  public YamlNode podSpec() {
    return template.get("spec");
  }

  public YamlNode podMetadata() {
    return template.get("metadata");
  }

  /** Regular containers and sidecars: those that run for the Pod's life. */
  public List<ContainerView> longRunningContainers() {
    return longRunning;
  }

  public List<ContainerView> containersOf(ContainerView.Type type) {
    return byType.getOrDefault(type, List.of());
  }

  /** The object's own namespace or {@code default}. */
  public String namespace() {
    return document.effectiveNamespace();
  }
}

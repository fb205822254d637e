package io.podlint.model;

import io.podlint.k8s.LabelSelector;
import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the cross-object rules of disruption, autoscaling and shared volumes need to know about
 * the input: the Pods each workload runs (labels, replicas, claims), its PodDisruptionBudgets,
 * HorizontalPodAutoscalers and PersistentVolumeClaims. Kept apart from {@link InputIndex}'s
 * per-object summaries; built once, read by many threads.
 */
public final class WorkloadFacts {

  /**
   * A workload of the input and the Pods it runs.
   *
   * @param replicas how many Pods it runs when that is a fixed number (a bare Pod: 1; a
   *     Deployment, ReplicaSet, StatefulSet, ReplicationController or Argo Rollout: {@code
   *     spec.replicas}, default 1); null when it depends on the nodes (DaemonSet), on completions
   *     (Job, CronJob) or cannot be read
   * @param replicasSet whether the manifest sets {@code spec.replicas} itself
   * @param podLabels the Pod template's labels; null when they cannot be read (templated)
   * @param claims the PersistentVolumeClaim names its Pods mount (a StatefulSet's claim templates excluded)
   */
  public record PodOwner(String apiVersion, String kind, String namespace, String name, Map<String, String> podLabels,
      Long replicas, boolean replicasSet, List<String> claims, String source, Location location) {
    /** {@code Kind/name}, for messages. */
    public String displayName() {
      return kind + "/" + (name == null ? "<unnamed>" : name);
    }
  }

  /** A PodDisruptionBudget: its selector and budget (the text of minAvailable / maxUnavailable, or null). */
  public record Budget(String namespace, String name, LabelSelector selector, String minAvailable,
      String maxUnavailable, String source, Location location) {}

  /**
   * A HorizontalPodAutoscaler: what it scales and between which bounds (minReplicas defaults to 1).
   *
   * @param utilizationTargets the resources it scales on as a percentage of the request, each as
   *     {@code resource} (all containers) or {@code resource/container} (a ContainerResource metric);
   *     an HPA without metrics gets the default, 80% of cpu
   */
  public record Autoscaler(String namespace, String name, String targetApiVersion, String targetKind,
      String targetName, long minReplicas, Long maxReplicas, List<String> utilizationTargets, String source,
      Location location) {
    public boolean scales(PodOwner w) {
      return w.kind().equals(targetKind) && w.name() != null && w.name().equals(targetName)
          && w.namespace().equals(namespace) && sameGroup(w.apiVersion(), targetApiVersion);
    }

    private static boolean sameGroup(String a, String b) {
      return b == null || group(a).equals(group(b)) || group(a).equals("extensions") || group(b).equals("extensions");
    }
  }

  /** A PersistentVolumeClaim and its access modes. */
  public record Claim(String namespace, String name, List<String> accessModes, String source, Location location) {}

  private final List<PodOwner> owners;
  private final List<Budget> budgets;
  private final List<Autoscaler> autoscalers;
  private final List<Claim> claims;
  /** Folders (and their ancestors) per namespace holding objects of API groups outside Kubernetes. */
  private final Map<String, Set<String>> foreignFolders;

  private WorkloadFacts(List<PodOwner> owners, List<Budget> budgets, List<Autoscaler> autoscalers, List<Claim> claims,
      Map<String, Set<String>> foreignFolders) {
    this.owners = owners;
    this.budgets = budgets;
    this.autoscalers = autoscalers;
    this.claims = claims;
    this.foreignFolders = foreignFolders;
  }

  public static WorkloadFacts empty() {
    return new WorkloadFacts(List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /** The workloads of a namespace, in input order. */
  public List<PodOwner> workloadsIn(String namespace) {
    return owners.stream().filter(o -> o.namespace().equals(namespace)).toList();
  }

  public List<Budget> budgetsIn(String namespace) {
    return budgets.stream().filter(b -> b.namespace().equals(namespace)).toList();
  }

  public List<Autoscaler> autoscalersIn(String namespace) {
    return autoscalers.stream().filter(a -> a.namespace().equals(namespace)).toList();
  }

  /**
   * The autoscalers whose scaleTargetRef names this workload, in its folder tree (its folder,
   * above or below), the nearest first.
   */
  public List<Autoscaler> autoscalersOf(PodOwner w) {
    String folder = InputIndex.folderOf(w.source());
    return nearestFirst(autoscalers.stream().filter(a -> a.scales(w))
        .filter(a -> related(InputIndex.folderOf(a.source()), folder)).toList(), Autoscaler::source, w.source());
  }

  /** The autoscalers of {@link #autoscalersOf(PodOwner)} for a workload of this file. */
  public List<Autoscaler> autoscalersOf(String apiVersion, String kind, String namespace, String name, String source) {
    PodOwner probe = new PodOwner(apiVersion, kind, namespace, name, null, null, false, List.of(), source, null);
    return autoscalersOf(probe);
  }

  /**
   * The workloads a budget's selector matches: in its namespace and folder tree (its folder,
   * above or below it), one copy of each (the nearest by folder), in input order.
   */
  public List<PodOwner> selectedBy(Budget b) {
    String folder = InputIndex.folderOf(b.source());
    List<PodOwner> matching = workloadsIn(b.namespace()).stream()
        .filter(w -> w.podLabels() != null && b.selector().matches(w.podLabels()))
        .filter(w -> related(InputIndex.folderOf(w.source()), folder))
        .toList();
    return nearestCopies(matching, b.source());
  }

  /**
   * How many Pods a workload runs at its smallest: the minReplicas of its HPA, else its replicas;
   * null when that is not a fixed number.
   */
  public Long fewestPods(PodOwner w) {
    List<Autoscaler> hpas = autoscalersOf(w);
    return hpas.isEmpty() ? w.replicas() : Long.valueOf(hpas.get(0).minReplicas());
  }

  /** The sum of {@link #fewestPods} over the workloads, or null when one of them is unknown. */
  public Long fewestPods(List<PodOwner> workloads) {
    long sum = 0;
    for (PodOwner w : workloads) {
      Long n = fewestPods(w);
      if (n == null) {
        return null;
      }
      sum += n;
    }
    return sum;
  }

  /** The claims of this name and namespace, in input order. */
  public List<Claim> claims(String namespace, String name) {
    return claims.stream().filter(c -> c.namespace().equals(namespace) && c.name().equals(name)).toList();
  }

  /**
   * Whether objects of an API group outside Kubernetes (custom resources, which operators may turn
   * into Pods) are in {@code folder} or below it, in this namespace.
   */
  public boolean hasForeignObjectsAtOrBelow(String namespace, String folder) {
    return foreignFolders.getOrDefault(namespace, Set.of()).contains(folder);
  }

  /** Whether {@code folder} is {@code top} or below it ({@code ""} is above every folder). */
  public static boolean atOrBelow(String folder, String top) {
    return top.isEmpty() || folder.equals(top) || folder.startsWith(top + "/");
  }

  /** Whether one of the folders is at or below the other: the objects may be deployed together. */
  public static boolean related(String folderA, String folderB) {
    return atOrBelow(folderA, folderB) || atOrBelow(folderB, folderA);
  }

  /**
   * Of several copies of one workload (overlays, repeated renders), the one nearest to {@code
   * source} (see {@link #nearestFirst}).
   */
  public static List<PodOwner> nearestCopies(List<PodOwner> candidates, String source) {
    Map<String, PodOwner> best = new java.util.LinkedHashMap<>();
    for (PodOwner o : nearestFirst(candidates, PodOwner::source, source)) {
      best.putIfAbsent(o.kind() + "/" + o.name(), o);
    }
    List<PodOwner> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparing(PodOwner::source).thenComparing(PodOwner::location));
    return List.copyOf(out);
  }

  /**
   * The items ordered by how near their file is to {@code source}: the same file first, then the
   * longest common folder prefix; input order on a tie.
   */
  public static <T> List<T> nearestFirst(List<T> items, java.util.function.Function<T, String> sourceOf,
      String source) {
    String folder = InputIndex.folderOf(source);
    List<T> out = new ArrayList<>(items);
    out.sort(Comparator.comparingInt((T t) -> -(2 * commonPrefix(InputIndex.folderOf(sourceOf.apply(t)), folder)
        + (sourceOf.apply(t).equals(source) ? 1 : 0))));
    return out;
  }

  private static int commonPrefix(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    String[] x = a.split("/");
    String[] y = b.split("/");
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  static String group(String apiVersion) {
    return apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
  }

  /** Kubernetes' own API groups: the core group, the short ones (apps, batch, policy...) and *.k8s.io. */
  static boolean isKubernetesGroup(String group) {
    return !group.contains(".") || group.endsWith(".k8s.io");
  }

  /** Collects facts from many threads; {@link #build()} freezes them in input order. */
  public static final class Builder {
    private final List<PodOwner> owners = new ArrayList<>();
    private final List<Budget> budgets = new ArrayList<>();
    private final List<Autoscaler> autoscalers = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, Set<String>> foreignFolders = new HashMap<>();

    /** The facts of an object that is not a workload (PDB, HPA, PVC, custom resources). */
    public void add(Document d) {
      String kind = d.kind();
      YamlNode root = d.root();
      String group = group(d.apiVersion());
      if (kind == null) {
        return;
      }
      if ("PodDisruptionBudget".equals(kind) && "policy".equals(group)) {
        YamlNode spec = root.get("spec");
        add(budgets, new Budget(d.effectiveNamespace(), d.name(), LabelSelector.of(spec.get("selector")),
            spec.get("minAvailable").isScalar() ? spec.get("minAvailable").text() : null,
            spec.get("maxUnavailable").isScalar() ? spec.get("maxUnavailable").text() : null,
            d.source(), root.location()));
      } else if ("HorizontalPodAutoscaler".equals(kind) && "autoscaling".equals(group)) {
        YamlNode spec = root.get("spec");
        YamlNode ref = spec.get("scaleTargetRef");
        add(autoscalers, new Autoscaler(d.effectiveNamespace(), d.name(), ref.get("apiVersion").text(),
            ref.get("kind").text(), ref.get("name").text(), spec.get("minReplicas").asLong().orElse(1L),
            spec.get("maxReplicas").asLong().orElse(null), utilizationTargets(d.apiVersion(), spec), d.source(),
            root.location()));
      } else if ("PersistentVolumeClaim".equals(kind) && group.isEmpty() && d.name() != null) {
        List<String> modes = new ArrayList<>();
        for (YamlNode m : root.at("spec.accessModes").items()) {
          if (m.isScalar()) {
            modes.add(m.text());
          }
        }
        add(claims, new Claim(d.effectiveNamespace(), d.name(), List.copyOf(modes), d.source(), root.location()));
      } else if (!isKubernetesGroup(group)) {
        synchronized (foreignFolders) {
          Set<String> folders = foreignFolders.computeIfAbsent(d.effectiveNamespace(), k -> new HashSet<>());
          String folder = InputIndex.folderOf(d.source());
          while (folders.add(folder) && !folder.isEmpty()) {
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
          }
        }
      }
    }

    /**
     * The utilization targets of an HPA spec: autoscaling/v1 {@code targetCPUUtilizationPercentage}
     * (default 80), v2 and v2beta2 {@code target.type: Utilization}, v2beta1 {@code
     * targetAverageUtilization}; no metrics at all default to cpu utilization (SetDefaults_HorizontalPodAutoscaler).
     */
    static List<String> utilizationTargets(String apiVersion, YamlNode spec) {
      if ("autoscaling/v1".equals(apiVersion)) {
        return List.of("cpu");
      }
      YamlNode metrics = spec.get("metrics");
      if (!metrics.hasValue() || metrics.isSequence() && metrics.items().isEmpty()) {
        return List.of("cpu");
      }
      List<String> out = new ArrayList<>();
      for (YamlNode m : metrics.items()) {
        String type = m.get("type").text("");
        YamlNode source = switch (type) {
          case "Resource" -> m.get("resource");
          case "ContainerResource" -> m.get("containerResource");
          default -> YamlNode.root(null);
        };
        boolean utilization = "Utilization".equals(source.at("target.type").text())
            || source.get("targetAverageUtilization").hasValue();
        String resource = source.get("name").text();
        if (!utilization || resource == null) {
          continue;
        }
        if ("ContainerResource".equals(type)) {
          String container = source.get("container").text();
          if (container != null) {
            out.add(resource + "/" + container);
          }
        } else {
          out.add(resource);
        }
      }
      return List.copyOf(out);
    }

    /** The facts of a workload. */
    public void add(Workload w) {
      if ("PodTemplate".equals(w.kind())) {
        return; // runs no Pod of its own
      }
      Document d = w.document();
      YamlNode replicasNode = d.root().at("spec.replicas");
      Long replicas = switch (w.kind()) {
        case "Pod" -> 1L;
        case "Deployment", "ReplicaSet", "StatefulSet", "ReplicationController", "Rollout" ->
            replicasNode.hasValue() ? replicasNode.asLong().orElse(null) : Long.valueOf(1L); // defaulted to 1
        case "DaemonSet", "Job", "CronJob" -> null;
        default -> replicasNode.asLong().orElse(null); // DeploymentConfig and custom kinds: only when set
      };
      Set<String> templates = new HashSet<>();
      if ("StatefulSet".equals(w.kind())) {
        for (YamlNode t : d.root().at("spec.volumeClaimTemplates").items()) {
          templates.add(t.at("metadata.name").text(""));
        }
      }
      List<String> claimNames = new ArrayList<>();
      for (YamlNode v : w.podSpec().get("volumes").items()) {
        String claim = v.at("persistentVolumeClaim.claimName").text();
        if (claim != null && !templates.contains(v.get("name").text(""))) {
          claimNames.add(claim);
        }
      }
      Map<String, String> labels = LabelSelector.pairs(w.podMetadata().get("labels"));
      add(owners, new PodOwner(d.apiVersion(), w.kind(), d.effectiveNamespace(), d.name(),
          labels, replicas, replicasNode.hasValue(), List.copyOf(claimNames),
          d.source(), d.root().location()));
    }

    /** Appends what {@code part} collected (one input's facts), after what this one has. */
    public void addAll(Builder part) {
      appendAll(owners, part.owners);
      appendAll(budgets, part.budgets);
      appendAll(autoscalers, part.autoscalers);
      appendAll(claims, part.claims);
      synchronized (part.foreignFolders) {
        synchronized (foreignFolders) {
          part.foreignFolders.forEach((k, v) -> foreignFolders.computeIfAbsent(k, x -> new java.util.HashSet<>()).addAll(v));
        }
      }
    }

    private static <T> void appendAll(List<T> into, List<T> from) {
      List<T> copy;
      synchronized (from) {
        copy = new ArrayList<>(from);
      }
      synchronized (into) {
        into.addAll(copy);
      }
    }

    private static <T> void add(List<T> list, T item) {
      synchronized (list) {
        list.add(item);
      }
    }

    public WorkloadFacts build() {
      Map<String, Set<String>> folders = new HashMap<>();
      synchronized (foreignFolders) {
        foreignFolders.forEach((k, v) -> folders.put(k, Set.copyOf(v)));
      }
      return new WorkloadFacts(sorted(owners, PodOwner::source, PodOwner::location),
          sorted(budgets, Budget::source, Budget::location), sorted(autoscalers, Autoscaler::source, Autoscaler::location),
          sorted(claims, Claim::source, Claim::location), Map.copyOf(folders));
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> source,
        java.util.function.Function<T, Location> location) {
      List<T> copy;
      synchronized (list) {
        copy = new ArrayList<>(list);
      }
      copy.sort(Comparator.comparing(source).thenComparing(location));
      return List.copyOf(copy);
    }
  }

  /** The first workload in input order of this kind and name in this namespace. */
  public Optional<PodOwner> workload(String kind, String namespace, String name) {
    return owners.stream().filter(o -> o.kind().equals(kind) && o.namespace().equals(namespace)
        && name.equals(o.name())).findFirst();
  }
}

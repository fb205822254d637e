package io.podlint.model;

import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import io.podlint.util.Lazy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small, namespace-aware summary of every object in the input, for cross-resource rules
 * (Services that select a workload, ConfigMaps, Secrets, PersistentVolumeClaims and
 * ServiceAccounts it refers to, the NetworkAttachmentDefinitions it attaches). Only these
 * summaries are kept, never the trees.
 */
public final class InputIndex {
  private final Map<String, List<IndexedObject>> byKind;
  // The look-up tables are built on first use, by whichever worker asks first: the cross-resource
  // checks run in parallel, so the tables are built in parallel too, and one no check needs is
  // never built. Look-ups go by record keys: no string is built per object or per question.
  /** Services by namespace and by one key/value pair of their selector (a label of the Pods they select). */
  private final Lazy<Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>>> servicesBySelectorPair =
      new Lazy<>(this::servicesBySelectorPair);
  private final Lazy<Map<KindNamespaceName, List<IndexedObject>>> byName =
      new Lazy<>(() -> group(o -> new KindNamespaceName(o.kind(), o.namespace(), o.name())));
  private final Lazy<Map<KindNamespace, List<IndexedObject>>> byNamespace =
      new Lazy<>(() -> group(o -> new KindNamespace(o.kind(), o.namespace())));
  private final Lazy<Map<KindName, List<IndexedObject>>> byPlainName =
      new Lazy<>(() -> group(o -> new KindName(o.kind(), o.name())));
  /** Workloads by namespace and by each label of their pod template; of identical copies only the first. */
  private final Lazy<Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>>> workloadsByLabel =
      new Lazy<>(this::workloadsByLabel);
  /** Workloads by namespace, in input order; of identical copies only the first. */
  private final Lazy<Map<String, List<IndexedObject>>> distinctWorkloads = new Lazy<>(this::distinctWorkloads);
  /** The first object of each identity (API group, kind, namespace, name) in each file. */
  private final Lazy<Map<FileIdentity, IndexedObject>> firstInFile = new Lazy<>(this::firstInFile);
  /**
   * For each namespace, the folders of its long-running workloads with Pod labels (not Jobs, not
   * patches) and every folder above them.
   */
  private final Lazy<Map<String, Set<String>>> workloadFolders = new Lazy<>(this::workloadFolders);
  /** Namespaces holding objects of API groups podlint does not know, which may create Pods (operators' kinds). */
  private final Lazy<Set<String>> foreignKindNamespaces = new Lazy<>(this::foreignKindNamespaces);
  /** For each namespace, {@code <template>-<statefulset>-} of every claim template of its StatefulSets. */
  private final Lazy<Map<String, Set<String>>> statefulSetClaimPrefixes = new Lazy<>(this::statefulSetClaimPrefixes);
  /**
   * For each kind and namespace asked about, the folders of its objects and every folder above
   * them, so that "is there one at or below F" is a look-up. Built on first use: only references
   * that are not found need it.
   */
  private final Map<KindNamespace, Set<String>> kindFolders = new ConcurrentHashMap<>();
  /** Distinct names per kind and namespace, built on first use (for "did you mean"). */
  private final Map<KindNamespace, List<String>> distinctNames = new ConcurrentHashMap<>();
  /** The copies of one identity arranged by file and folder, built on first use per identity. */
  private final Map<KindNamespaceName, Copies> copies = new ConcurrentHashMap<>();

  private record ServiceShape(String namespace, String name, Map<String, String> selector, List<String> ports) {}

  private record KindNamespace(String kind, String namespace) {}

  private record FileIdentity(String source, String group, String kind, String namespace, String name) {}

  private record WorkloadShape(String kind, String namespace, String name, PodTemplateFacts pod) {}

  /**
   * API groups of the built-in kinds (and NetworkAttachmentDefinitions, kustomize's files) whose
   * objects never create Pods without a pod template that podlint reads.
   */
  private static final Set<String> KNOWN_GROUPS = Set.of("", "apps", "batch", "extensions", "policy",
      "networking.k8s.io", "rbac.authorization.k8s.io", "autoscaling", "storage.k8s.io", "scheduling.k8s.io",
      "apiextensions.k8s.io", "admissionregistration.k8s.io", "coordination.k8s.io", "discovery.k8s.io",
      "node.k8s.io", "certificates.k8s.io", "apiregistration.k8s.io", "flowcontrol.apiserver.k8s.io",
      "gateway.networking.k8s.io", "k8s.cni.cncf.io", "kustomize.config.k8s.io", "config.kubernetes.io");

  private record KindNamespaceName(String kind, String namespace, String name) {}

  private record KindName(String kind, String name) {}

  /** PDBs, HPAs, claims' access modes and the Pods of every workload (see {@link WorkloadFacts}). */
  private final WorkloadFacts facts;
  /** Objects that controllers create from objects of the input. */
  private final Set<ProducedObjects.Produced> produced;
  /** Whether the input installs istiod, which publishes its root-certificate ConfigMap in every namespace. */
  private final boolean istiod;
  /** The labels of each Namespace object, by name: the first object of that name in input order. */
  private final Map<String, Map<String, String>> namespaceLabels;

  private InputIndex(Map<String, List<IndexedObject>> byKind, Set<ProducedObjects.Produced> produced, boolean istiod,
      Map<String, Map<String, String>> namespaceLabels, WorkloadFacts facts) {
    this.byKind = byKind;
    this.facts = facts;
    this.produced = produced;
    this.istiod = istiod;
    this.namespaceLabels = namespaceLabels;
  }

  /** The labels of the Namespace object named {@code name}, if the input holds one. */
  public Optional<Map<String, String>> namespaceLabels(String name) {
    return Optional.ofNullable(namespaceLabels.get(name));
  }

  /**
   * Whether the object exists although the input may not hold it: a cluster controller creates it
   * in every namespace, or a controller creates it from an object of the input.
   */
  public boolean isProvided(String kind, String namespace, String name) {
    return ProducedObjects.inEveryNamespace(kind, name)
        || produced.contains(new ProducedObjects.Produced(kind, namespace, name))
        || istiod && "ConfigMap".equals(kind) && ProducedObjects.ISTIO_ROOT_CERT.equals(name);
  }

  /** The facts the disruption, autoscaling and shared-volume rules use. */
  public WorkloadFacts workloadFacts() {
    return facts;
  }

  /** Every object by a key, each list in input order. */
  private <K> Map<K, List<IndexedObject>> group(java.util.function.Function<IndexedObject, K> key) {
    Map<K, List<IndexedObject>> out = new HashMap<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        out.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }

  private Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>> servicesBySelectorPair() {
    Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>> services = new HashMap<>();
    // Copies of one Service (overlays, repeated renders) select the same Pods: keep the first.
    Set<ServiceShape> seen = new HashSet<>();
    for (IndexedObject s : byKind.getOrDefault("Service", List.of())) {
      if (!s.selector().isEmpty() && seen.add(new ServiceShape(s.namespace(), s.name(), s.selector(), s.servicePorts()))) {
        Map.Entry<String, String> first = s.selector().entrySet().stream()
            .min(Map.Entry.comparingByKey()).orElseThrow();
        services.computeIfAbsent(s.namespace(), k -> new HashMap<>())
            .computeIfAbsent(Map.entry(first.getKey(), first.getValue()), k -> new ArrayList<>()).add(s);
      }
    }
    return services;
  }

  private Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>> workloadsByLabel() {
    Map<String, Map<Map.Entry<String, String>, List<IndexedObject>>> out = new HashMap<>();
    Set<WorkloadShape> seen = new HashSet<>(); // copies of one workload (repeated renders) select alike
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        if (o.pod() != null && seen.add(new WorkloadShape(o.kind(), o.namespace(), o.name(), o.pod()))) {
          for (Map.Entry<String, String> label : o.pod().labels().entrySet()) {
            out.computeIfAbsent(o.namespace(), k -> new HashMap<>())
                .computeIfAbsent(Map.entry(label.getKey(), label.getValue()), k -> new ArrayList<>()).add(o);
          }
        }
      }
    }
    out.values().forEach(m -> m.values().forEach(l -> l.sort(INPUT_ORDER)));
    return out;
  }

  private Map<String, List<IndexedObject>> distinctWorkloads() {
    Map<String, List<IndexedObject>> out = new HashMap<>();
    Set<WorkloadShape> seen = new HashSet<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        if (o.pod() != null && seen.add(new WorkloadShape(o.kind(), o.namespace(), o.name(), o.pod()))) {
          out.computeIfAbsent(o.namespace(), k -> new ArrayList<>()).add(o);
        }
      }
    }
    out.values().forEach(l -> l.sort(INPUT_ORDER));
    return out;
  }

  private Map<FileIdentity, IndexedObject> firstInFile() {
    Map<FileIdentity, IndexedObject> out = new HashMap<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) { // each list is in input order
        // a rendered copy's location is in the rendered text, and a base rendered twice is one object
        if (o.name() != null && !o.rendered()) {
          out.putIfAbsent(new FileIdentity(o.source(), group(o.apiVersion()), o.kind(), o.namespace(), o.name()), o);
        }
      }
    }
    return out;
  }

  /**
   * The first object of the file {@code source} with the same API group, kind, namespace and name
   * as the one at {@code location}, when that is another (earlier) one.
   */
  public Optional<IndexedObject> earlierInSameFile(String apiVersion, String kind, String namespace, String name,
      String source, Location location) {
    IndexedObject first = firstInFile.get().get(new FileIdentity(source, group(apiVersion), kind, namespace, name));
    return first == null || first.location().equals(location) ? Optional.empty() : Optional.of(first);
  }

  private static String group(String apiVersion) {
    String v = apiVersion == null ? "" : apiVersion;
    return v.contains("/") ? v.substring(0, v.indexOf('/')) : "";
  }

  /** The workloads of {@code namespace} (one of identical copies), in input order. */
  public List<IndexedObject> workloadsIn(String namespace) {
    return distinctWorkloads.get().getOrDefault(namespace, List.of());
  }

  private Map<String, Set<String>> workloadFolders() {
    Map<String, Set<String>> out = new HashMap<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        // Without Pod labels a workload is a patch (kustomize) or selects nothing: it says nothing either.
        if (o.pod() != null && !o.pod().labels().isEmpty() && !Workload.JOB_KINDS.contains(o.kind())) {
          Set<String> folders = out.computeIfAbsent(o.namespace(), k -> new HashSet<>());
          String folder = folderOf(o.source());
          while (folders.add(folder) && !folder.isEmpty()) {
            folder = parentOf(folder);
          }
        }
      }
    }
    return out;
  }

  private Set<String> foreignKindNamespaces() {
    Set<String> out = new HashSet<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        if (o.pod() == null && !KNOWN_GROUPS.contains(group(o.apiVersion()))) {
          out.add(o.namespace());
        }
      }
    }
    return out;
  }

  /**
   * The workloads in {@code namespace} whose pod template labels match a Service's non-empty
   * selector (every pair present), judged for a Service of {@code source}: of the copies of one
   * workload only the one nearest to it counts ({@link #nearest}). In input order.
   */
  public List<IndexedObject> workloadsSelectedBy(String namespace, Map<String, String> selector, String source) {
    Map<Map.Entry<String, String>, List<IndexedObject>> inNamespace = workloadsByLabel.get().get(namespace);
    if (inNamespace == null || selector.isEmpty()) {
      return List.of();
    }
    Map.Entry<String, String> first = selector.entrySet().stream().min(Map.Entry.comparingByKey()).orElseThrow();
    List<IndexedObject> out = new ArrayList<>();
    Set<KindName> identities = new HashSet<>();
    for (IndexedObject w : inNamespace.getOrDefault(Map.entry(first.getKey(), first.getValue()), List.of())) {
      if (!selects(selector, w.pod().labels())) {
        continue;
      }
      if (w.name() == null) {
        out.add(w);
      } else if (identities.add(new KindName(w.kind(), w.name()))) {
        IndexedObject near = nearest(w.kind(), namespace, w.name(), source).orElse(w);
        if (near.pod() != null && selects(selector, near.pod().labels())) {
          out.add(near);
        }
      }
    }
    out.sort(INPUT_ORDER);
    return out;
  }

  /**
   * Whether the input holds a workload of {@code namespace} in {@code folder} or below it, other
   * than a Job or CronJob (a chart's migration hook says nothing about where its Services' Pods are).
   */
  public boolean hasWorkloadAtOrBelow(String namespace, String folder) {
    return workloadFolders.get().getOrDefault(namespace, Set.of()).contains(folder);
  }

  /**
   * Whether {@code namespace} holds objects of an API group podlint does not know (an operator's
   * custom resources, which may create Pods that podlint cannot see).
   */
  public boolean hasForeignKindsIn(String namespace) {
    return foreignKindNamespaces.get().contains(namespace);
  }

  private Map<String, Set<String>> statefulSetClaimPrefixes() {
    Map<String, Set<String>> claims = new HashMap<>();
    for (IndexedObject s : byKind.getOrDefault("StatefulSet", List.of())) {
      if (s.name() != null) {
        for (String template : s.claimTemplates()) {
          claims.computeIfAbsent(s.namespace(), k -> new HashSet<>()).add(template + "-" + s.name() + "-");
        }
      }
    }
    return claims;
  }

  /** Every object of this kind, namespace and name (the input may hold variants), in input order. */
  public List<IndexedObject> findAll(String kind, String namespace, String name) {
    return byName.get().getOrDefault(new KindNamespaceName(kind, namespace, name), List.of());
  }

  /** The objects of this kind in this namespace, in input order. */
  public List<IndexedObject> inNamespace(String kind, String namespace) {
    return byNamespace.get().getOrDefault(new KindNamespace(kind, namespace), List.of());
  }

  /** The objects of this kind and name in any namespace, in input order. */
  public List<IndexedObject> named(String kind, String name) {
    return byPlainName.get().getOrDefault(new KindName(kind, name), List.of());
  }

  /**
   * Whether the input holds an object of this kind and namespace in {@code folder} or below it
   * ({@code ""} for every folder).
   */
  public boolean hasKindAtOrBelow(String kind, String namespace, String folder) {
    return kindFolders.computeIfAbsent(new KindNamespace(kind, namespace), this::foldersOf).contains(folder);
  }

  private Set<String> foldersOf(KindNamespace key) {
    Set<String> folders = new HashSet<>();
    for (IndexedObject o : byNamespace.get().getOrDefault(key, List.of())) {
      String folder = folderOf(o.source());
      while (folders.add(folder) && !folder.isEmpty()) { // an ancestor already there has its own above it
        int slash = folder.lastIndexOf('/');
        folder = slash < 0 ? "" : folder.substring(0, slash);
      }
    }
    return folders;
  }

  /**
   * The defaults of the LimitRanges of {@code namespace} that are deployed with a workload of
   * {@code folder}: those in that folder, above it or below it. A LimitRange of an unrelated folder
   * (another example or app sharing the implicit {@code default} namespace) does not count.
   */
  public List<LimitRangeDefaults> limitRangeDefaults(String namespace, String folder) {
    List<LimitRangeDefaults> out = new ArrayList<>();
    for (IndexedObject o : inNamespace("LimitRange", namespace)) {
      String other = folderOf(o.source());
      if (o.limitDefaults() != LimitRangeDefaults.NONE && (isAtOrBelow(folder, other) || isAtOrBelow(other, folder))) {
        out.add(o.limitDefaults());
      }
    }
    return out;
  }

  /**
   * The copy of this object nearest to a file: objects of one kind, namespace and name in
   * different places (overlays such as {@code overlays/staging} and {@code overlays/prod}, or
   * {@code healthy/} and {@code broken/} examples) are alternatives, not one object, so a
   * workload is checked against the one in its own file, else its own folder, else the folder
   * up the tree that holds one (a copy directly in that folder before copies further below
   * it); among equals, the first in input order.
   */
  public Optional<IndexedObject> nearest(String kind, String namespace, String name, String source) {
    List<IndexedObject> all = findAll(kind, namespace, name);
    if (all.size() < 2) {
      return all.stream().findFirst();
    }
    return Optional.of(copies.computeIfAbsent(new KindNamespaceName(kind, namespace, name), k -> Copies.of(all))
        .nearest(source));
  }

  /** Whether {@code o} sits in {@code source}'s file, its folder or a folder above it. */
  public static boolean inTreeOf(IndexedObject o, String source) {
    return isAtOrBelow(folderOf(source), folderOf(o.source()));
  }

  /**
   * Whether two files are in one folder tree: the folder of one is the other's or below it (a
   * chart, an app with its overlays). Files of sibling folders (separate examples or apps) are not.
   */
  public static boolean sameTree(String source, String other) {
    String a = folderOf(source);
    String b = folderOf(other);
    return isAtOrBelow(a, b) || isAtOrBelow(b, a);
  }

  /** {@link #servicesSelecting(String, Map, String)}, only those in the workload's folder tree ({@link #sameTree}). */
  public List<IndexedObject> servicesSelectingInTree(String namespace, Map<String, String> podLabels, String source) {
    return servicesSelecting(namespace, podLabels, source).stream().filter(s -> sameTree(s.source(), source)).toList();
  }

  /** Whether {@code folder} is {@code ancestor} or below it ({@code ""} is above every folder). */
  public static boolean isAtOrBelow(String folder, String ancestor) {
    return ancestor.isEmpty() || folder.equals(ancestor) || folder.startsWith(ancestor + "/");
  }

  /**
   * The copies of one identity: the first in each file, and for each folder the best at or below
   * it (fewest levels below, then input order). A look-up walks up from the asker's folder, so it
   * costs the depth of the tree, whatever the number of copies (the bench repeats each file).
   */
  private record Copies(Map<String, IndexedObject> firstInFile, Map<String, IndexedObject> bestAtOrBelow) {
    static Copies of(List<IndexedObject> inInputOrder) {
      Map<String, IndexedObject> files = new HashMap<>();
      Map<String, IndexedObject> best = new HashMap<>();
      Map<String, Integer> bestDepth = new HashMap<>();
      for (IndexedObject o : inInputOrder) {
        files.putIfAbsent(o.source(), o);
        String folder = folderOf(o.source());
        for (int depth = 0; ; depth++) {
          Integer known = bestDepth.get(folder);
          if (known != null && known <= depth) {
            break; // this folder and those above it already have an equal or nearer copy, earlier in input order
          }
          bestDepth.put(folder, depth);
          best.put(folder, o);
          if (folder.isEmpty()) {
            break;
          }
          folder = parentOf(folder);
        }
      }
      return new Copies(files, best);
    }

    IndexedObject nearest(String source) {
      IndexedObject same = firstInFile.get(source == null ? "" : source);
      if (same != null) {
        return same;
      }
      for (String folder = folderOf(source); ; folder = parentOf(folder)) {
        IndexedObject o = bestAtOrBelow.get(folder);
        if (o != null || folder.isEmpty()) {
          return o != null ? o : bestAtOrBelow.get("");
        }
      }
    }
  }

  private static String parentOf(String folder) {
    int slash = folder.lastIndexOf('/');
    return slash < 0 ? "" : folder.substring(0, slash);
  }

  /** The folder part of a source's display name, or "" when it has none. */
  public static String folderOf(String source) {
    String s = source == null ? "" : source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    return slash < 0 ? "" : s.substring(0, slash);
  }

  public static InputIndex empty() {
    return new InputIndex(Map.of(), Set.of(), false, Map.of(), WorkloadFacts.empty());
  }

  /**
   * The facts kept about one object.
   *
   * @param dataKeys keys of {@code data}/{@code stringData}/{@code binaryData} (ConfigMap, Secret)
   * @param selector a Service's {@code spec.selector}
   * @param config a NetworkAttachmentDefinition's {@code spec.config}
   * @param servicePorts a Service's ports as {@code port->targetPort} strings
   * @param claimTemplates a StatefulSet's {@code volumeClaimTemplates} names
   * @param publishNotReadyAddresses a Service's {@code spec.publishNotReadyAddresses}
   * @param limitDefaults the defaults a LimitRange gives containers, else {@link LimitRangeDefaults#NONE}
   * @param ports a Service's ports, with defaults applied
   * @param headless whether a Service has {@code clusterIP: None}
   * @param pod a workload's pod template facts, else null
   * @param rendered read from rendered output (a chart or kustomization), indexed under the file it
   *     comes from: its location is in the rendered text, and each rendering adds a copy
   */
  public record IndexedObject(String apiVersion, String kind, String namespace, String name,
      Set<String> dataKeys, Map<String, String> selector, String config,
      List<String> servicePorts, List<String> claimTemplates, String source, Location location,
      boolean publishNotReadyAddresses, LimitRangeDefaults limitDefaults,
      List<ServicePort> ports, boolean headless, PodTemplateFacts pod, boolean rendered) {

    /** {@code Kind namespace/name (file:line)}, for messages that name both objects. */
    public String describe() {
      return "%s %s/%s (%s:%d)".formatted(kind, namespace, name == null ? "<unnamed>" : name, source, location.line());
    }

    /** Whether this is a core v1 Service (not, say, a Knative Service). */
    public boolean isCoreService() {
      return "Service".equals(kind) && "v1".equals(apiVersion);
    }
  }

  public List<IndexedObject> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** The first object (in input order) of this kind, namespace and name. */
  public Optional<IndexedObject> find(String kind, String namespace, String name) {
    return findAll(kind, namespace, name).stream().findFirst();
  }

  /** Whether the input holds at least one object of this kind in this namespace. */
  public boolean hasKindIn(String kind, String namespace) {
    return byNamespace.get().containsKey(new KindNamespace(kind, namespace));
  }

  /**
   * Whether a StatefulSet in {@code namespace} creates a claim of this name: its controller names
   * them {@code <template>-<statefulset>-<ordinal>}.
   */
  public boolean isStatefulSetClaim(String namespace, String claimName) {
    Set<String> prefixes = statefulSetClaimPrefixes.get().get(namespace);
    int dash = claimName.lastIndexOf('-'); // the ordinal is all digits, so the prefix ends at the last dash
    if (prefixes == null || dash < 0 || dash == claimName.length() - 1) {
      return false;
    }
    for (int i = dash + 1; i < claimName.length(); i++) {
      if (!Character.isDigit(claimName.charAt(i))) {
        return false;
      }
    }
    return prefixes.contains(claimName.substring(0, dash + 1));
  }

  /** The distinct names of the objects of this kind in this namespace, in input order. */
  public List<String> distinctNamesIn(String kind, String namespace) {
    return distinctNames.computeIfAbsent(new KindNamespace(kind, namespace), k -> inNamespace(kind, namespace).stream()
        .map(IndexedObject::name).filter(java.util.Objects::nonNull).distinct().toList());
  }

  /**
   * Services in {@code namespace} whose non-empty selector matches {@code podLabels}, in input
   * order; of several copies of one Service (same name, selector and ports) only the first.
   */
  public List<IndexedObject> servicesSelecting(String namespace, Map<String, String> podLabels) {
    Map<Map.Entry<String, String>, List<IndexedObject>> inNamespace = servicesBySelectorPair.get().get(namespace);
    if (inNamespace == null || podLabels.isEmpty()) {
      return List.of();
    }
    List<IndexedObject> out = new ArrayList<>();
    for (Map.Entry<String, String> label : podLabels.entrySet()) {
      for (IndexedObject s : inNamespace.getOrDefault(label, List.of())) { // entries compare by key and value
        if (selects(s.selector(), podLabels)) {
          out.add(s);
        }
      }
    }
    out.sort(INPUT_ORDER);
    return out;
  }

  /**
   * The Services in {@code namespace} that select {@code podLabels}, judged for a workload of
   * {@code source}: of the copies of one Service (same name), only the copy nearest to the
   * workload counts ({@link #nearest}), so a variant in another overlay neither adds nor hides
   * one. In input order.
   */
  public List<IndexedObject> servicesSelecting(String namespace, Map<String, String> podLabels, String source) {
    List<IndexedObject> matching = servicesSelecting(namespace, podLabels);
    if (matching.isEmpty()) {
      return matching;
    }
    List<IndexedObject> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (IndexedObject s : matching) {
      if (s.name() == null) {
        out.add(s);
        continue;
      }
      if (!names.add(s.name())) {
        continue;
      }
      IndexedObject near = nearest("Service", namespace, s.name(), source).orElse(s);
      if (!near.selector().isEmpty() && selects(near.selector(), podLabels)) {
        out.add(near);
      }
    }
    out.sort(INPUT_ORDER);
    return out;
  }

  private static final Comparator<IndexedObject> INPUT_ORDER =
      Comparator.comparing(IndexedObject::source).thenComparing(IndexedObject::location);

  /** Whether every pair of the selector is among the labels (not containsAll: immutable maps' entry sets scan). */
  private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
    for (Map.Entry<String, String> pair : selector.entrySet()) {
      if (!pair.getValue().equals(labels.get(pair.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Collects summaries from many threads; {@link #build()} freezes them in a stable order. */
  public static final class Builder {
    /** Guarded by itself: one short add per document, and {@link #build()} copies a plain array. */
    private final List<IndexedObject> objects = new ArrayList<>();
    private final Set<ProducedObjects.Produced> produced = new HashSet<>();
    private boolean istiod;
    private final List<NamespaceLabels> namespaces = new ArrayList<>();

    private record NamespaceLabels(String name, Map<String, String> labels, String source, Location location) {}
    private final WorkloadFacts.Builder facts = new WorkloadFacts.Builder();

    /** Records the Pods a workload runs, for {@link #workloadFacts()}. */
    public void addWorkload(Workload w) {
      facts.add(w);
    }

    /** Appends what {@code part} collected (one input's objects), after what this one has. */
    public void addAll(Builder part) {
      List<IndexedObject> partObjects;
      Set<ProducedObjects.Produced> partProduced;
      boolean partIstiod;
      synchronized (part.objects) {
        partObjects = new ArrayList<>(part.objects);
        partProduced = new HashSet<>(part.produced);
        partIstiod = part.istiod;
      }
      synchronized (objects) {
        objects.addAll(partObjects);
        produced.addAll(partProduced);
        istiod |= partIstiod;
      }
      synchronized (part.namespaces) {
        synchronized (namespaces) {
          namespaces.addAll(part.namespaces);
        }
      }
      facts.addAll(part.facts);
    }

    public void add(Document d) {
      add(d, Workload.of(d, Map.of()));
    }

    /** Adds a document, with its workload view when it has a pod template. */
    public void add(Document d, Optional<Workload> workload) {
      add(d, workload, false);
    }

    /**
     * Adds a document; {@code rendered} when it comes from rendered output and carries the name of
     * the file it was rendered from.
     */
    public void add(Document d, Optional<Workload> workload, boolean rendered) {
      if (d.kind() == null || d.hasTemplatedIdentity()) {
        return; // an unrendered name or namespace: the object cannot be found by either
      }
      facts.add(d);
      YamlNode root = d.root();
      Set<String> keys = new LinkedHashSet<>();
      for (String field : List.of("data", "stringData", "binaryData")) {
        for (YamlNode.Entry e : root.get(field).entries()) {
          if (e.key() != null) {
            keys.add(e.key());
          }
        }
      }
      List<String> ports = new ArrayList<>();
      if ("Service".equals(d.kind())) {
        for (YamlNode p : root.at("spec.ports").items()) {
          ports.add(p.get("port").text("") + "->" + p.get("targetPort").text(p.get("port").text("")));
        }
      }
      List<String> claimTemplates = new ArrayList<>();
      if ("StatefulSet".equals(d.kind())) {
        for (YamlNode t : root.at("spec.volumeClaimTemplates").items()) {
          String name = t.at("metadata.name").text();
          if (name != null) {
            claimTemplates.add(name);
          }
        }
      }
      if ("Namespace".equals(d.kind()) && d.name() != null && (d.apiVersion() == null || "v1".equals(d.apiVersion()))) {
        synchronized (namespaces) {
          namespaces.add(new NamespaceLabels(d.name(), stringMap(root.at("metadata.labels")), d.source(),
              root.location()));
        }
      }
      IndexedObject o = new IndexedObject(d.apiVersion(), d.kind(), d.effectiveNamespace(), d.name(),
          Set.copyOf(keys), "Service".equals(d.kind()) ? stringMap(root.at("spec.selector")) : Map.of(),
          root.at("spec.config").text(), List.copyOf(ports), List.copyOf(claimTemplates), d.source(),
          root.location(), "Service".equals(d.kind()) && root.at("spec.publishNotReadyAddresses").isTrue(),
          "LimitRange".equals(d.kind()) ? LimitRangeDefaults.of(root) : LimitRangeDefaults.NONE,
          "Service".equals(d.kind()) ? ServicePort.of(root) : List.of(),
          "Service".equals(d.kind()) && "None".equals(root.at("spec.clusterIP").text()),
          workload.map(PodTemplateFacts::of).orElse(null), rendered);
      List<ProducedObjects.Produced> creates = ProducedObjects.of(d);
      boolean installsIstiod = ProducedObjects.installsIstiod(d);
      synchronized (objects) {
        objects.add(o);
        produced.addAll(creates);
        istiod |= installsIstiod;
      }
    }

    public InputIndex build() {
      List<IndexedObject> all;
      Set<ProducedObjects.Produced> creates;
      boolean installsIstiod;
      synchronized (objects) {
        all = new ArrayList<>(objects);
        creates = Set.copyOf(produced);
        installsIstiod = istiod;
      }
      all.sort(INPUT_ORDER);
      Map<String, List<IndexedObject>> byKind = new HashMap<>();
      for (IndexedObject o : all) {
        byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
      }
      byKind.replaceAll((k, v) -> List.copyOf(v));
      List<NamespaceLabels> ns;
      synchronized (namespaces) {
        ns = new ArrayList<>(namespaces);
      }
      ns.sort(Comparator.comparing(NamespaceLabels::source)
          .thenComparingInt(n -> n.location().line()).thenComparingInt(n -> n.location().column()));
      Map<String, Map<String, String>> labels = new HashMap<>();
      ns.forEach(n -> labels.putIfAbsent(n.name(), n.labels()));
      return new InputIndex(Map.copyOf(byKind), creates, installsIstiod, Map.copyOf(labels), facts.build());
    }

    private static Map<String, String> stringMap(YamlNode mapping) {
      Map<String, String> out = new LinkedHashMap<>();
      for (YamlNode.Entry e : mapping.entries()) {
        if (e.key() != null && e.value().isScalar()) {
          out.put(e.key(), e.value().text());
        }
      }
      return Map.copyOf(out);
    }
  }

  /** All objects, for reports. */
  public Collection<List<IndexedObject>> all() {
    return byKind.values();
  }
}

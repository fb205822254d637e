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

  private record ServiceShape(String namespace, String name, Map<String, String> selector, List<String> ports) {}

  private record KindNamespace(String kind, String namespace) {}

  private record KindNamespaceName(String kind, String namespace, String name) {}

  private record KindName(String kind, String name) {}

  /** PDBs, HPAs, claims' access modes and the Pods of every workload (see {@link WorkloadFacts}). */
  private final WorkloadFacts facts;

  private InputIndex(Map<String, List<IndexedObject>> byKind) {
    this(byKind, WorkloadFacts.empty());
  }

  private InputIndex(Map<String, List<IndexedObject>> byKind, WorkloadFacts facts) {
    this.byKind = byKind;
    this.facts = facts;
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

  /** The folder part of a source's display name, or "" when it has none. */
  public static String folderOf(String source) {
    String s = source == null ? "" : source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    return slash < 0 ? "" : s.substring(0, slash);
  }

  public static InputIndex empty() {
    return new InputIndex(Map.of());
  }

  /**
   * The facts kept about one object.
   *
   * @param dataKeys keys of {@code data}/{@code stringData}/{@code binaryData} (ConfigMap, Secret)
   * @param selector a Service's {@code spec.selector}
   * @param config a NetworkAttachmentDefinition's {@code spec.config}
   * @param servicePorts a Service's ports as {@code port->targetPort} strings
   * @param claimTemplates a StatefulSet's {@code volumeClaimTemplates} names
   */
  public record IndexedObject(String apiVersion, String kind, String namespace, String name,
      Set<String> dataKeys, Map<String, String> selector, String config,
      List<String> servicePorts, List<String> claimTemplates, String source, Location location) {}

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
    private final WorkloadFacts.Builder facts = new WorkloadFacts.Builder();

    /** Records the Pods a workload runs, for {@link #workloadFacts()}. */
    public void addWorkload(Workload w) {
      facts.add(w);
    }

    public void add(Document d) {
      if (d.kind() == null) {
        return;
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
      IndexedObject o = new IndexedObject(d.apiVersion(), d.kind(), d.effectiveNamespace(), d.name(),
          Set.copyOf(keys), "Service".equals(d.kind()) ? stringMap(root.at("spec.selector")) : Map.of(),
          root.at("spec.config").text(), List.copyOf(ports), List.copyOf(claimTemplates), d.source(),
          root.location());
      synchronized (objects) {
        objects.add(o);
      }
    }

    public InputIndex build() {
      List<IndexedObject> all;
      synchronized (objects) {
        all = new ArrayList<>(objects);
      }
      all.sort(INPUT_ORDER);
      Map<String, List<IndexedObject>> byKind = new HashMap<>();
      for (IndexedObject o : all) {
        byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
      }
      byKind.replaceAll((k, v) -> List.copyOf(v));
      return new InputIndex(Map.copyOf(byKind), facts.build());
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

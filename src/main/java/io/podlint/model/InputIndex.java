package io.podlint.model;

import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A small, namespace-aware summary of every object in the input, for cross-resource rules
 * (Services that select a workload, ConfigMaps, Secrets, PersistentVolumeClaims and
 * ServiceAccounts it refers to, the NetworkAttachmentDefinitions it attaches). Only these
 * summaries are kept, never the trees.
 */
public final class InputIndex {
  private final Map<String, List<IndexedObject>> byKind;
  /** Services by namespace and by one {@code key=value} pair of their selector. */
  private final Map<String, Map<String, List<IndexedObject>>> servicesBySelectorPair;

  private InputIndex(Map<String, List<IndexedObject>> byKind) {
    this.byKind = byKind;
    Map<String, Map<String, List<IndexedObject>>> services = new HashMap<>();
    for (IndexedObject s : byKind.getOrDefault("Service", List.of())) {
      if (!s.selector().isEmpty()) {
        Map.Entry<String, String> first = s.selector().entrySet().stream()
            .min(Map.Entry.comparingByKey()).orElseThrow();
        services.computeIfAbsent(s.namespace(), k -> new HashMap<>())
            .computeIfAbsent(first.getKey() + "=" + first.getValue(), k -> new ArrayList<>()).add(s);
      }
    }
    this.servicesBySelectorPair = services;
    Map<String, IndexedObject> byName = new HashMap<>();
    Set<String> kindsIn = new java.util.HashSet<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        byName.putIfAbsent(o.kind() + "/" + o.namespace() + "/" + o.name(), o);
        kindsIn.add(o.kind() + "/" + o.namespace());
      }
    }
    this.byName = byName;
    this.kindsInNamespace = kindsIn;
    Map<String, List<IndexedObject>> sameName = new HashMap<>();
    Map<String, List<IndexedObject>> namespaceLists = new HashMap<>();
    Map<String, List<IndexedObject>> nameLists = new HashMap<>();
    Set<String> folders = new java.util.HashSet<>();
    for (List<IndexedObject> list : byKind.values()) {
      for (IndexedObject o : list) {
        sameName.computeIfAbsent(o.kind() + "/" + o.namespace() + "/" + o.name(), k -> new ArrayList<>()).add(o);
        namespaceLists.computeIfAbsent(o.kind() + "/" + o.namespace(), k -> new ArrayList<>()).add(o);
        nameLists.computeIfAbsent(o.kind() + "/" + o.name(), k -> new ArrayList<>()).add(o);
        // The object's folder and every folder above it, so "is there one at or below F" is a look-up.
        String folder = folderOf(o.source());
        while (true) {
          folders.add(o.kind() + "/" + o.namespace() + "/" + folder);
          if (folder.isEmpty()) {
            break;
          }
          int slash = folder.lastIndexOf('/');
          folder = slash < 0 ? "" : folder.substring(0, slash);
        }
      }
    }
    this.allByName = sameName;
    this.byNamespace = namespaceLists;
    this.byPlainName = nameLists;
    this.kindFolders = folders;
  }

  private final Map<String, IndexedObject> byName;
  private final Set<String> kindsInNamespace;
  private final Map<String, List<IndexedObject>> allByName;
  private final Map<String, List<IndexedObject>> byNamespace;
  private final Map<String, List<IndexedObject>> byPlainName;
  private final Set<String> kindFolders;

  /** Every object of this kind, namespace and name (the input may hold variants), in input order. */
  public List<IndexedObject> findAll(String kind, String namespace, String name) {
    return allByName.getOrDefault(kind + "/" + namespace + "/" + name, List.of());
  }

  /** The objects of this kind in this namespace, in input order. */
  public List<IndexedObject> inNamespace(String kind, String namespace) {
    return byNamespace.getOrDefault(kind + "/" + namespace, List.of());
  }

  /** The objects of this kind and name in any namespace, in input order. */
  public List<IndexedObject> named(String kind, String name) {
    return byPlainName.getOrDefault(kind + "/" + name, List.of());
  }

  /**
   * Whether the input holds an object of this kind and namespace in {@code folder} or below it
   * ({@code ""} for every folder).
   */
  public boolean hasKindAtOrBelow(String kind, String namespace, String folder) {
    return kindFolders.contains(kind + "/" + namespace + "/" + folder);
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
   * @param labels {@code metadata.labels}; for workloads, the pod template's labels
   * @param dataKeys keys of {@code data}/{@code stringData}/{@code binaryData} (ConfigMap, Secret)
   * @param selector a Service's {@code spec.selector}
   * @param config a NetworkAttachmentDefinition's {@code spec.config}
   * @param servicePorts a Service's ports as {@code port->targetPort} strings
   * @param claimTemplates a StatefulSet's {@code volumeClaimTemplates} names
   */
  public record IndexedObject(String apiVersion, String kind, String namespace, String name,
      Map<String, String> labels, Set<String> dataKeys, Map<String, String> selector, String config,
      List<String> servicePorts, List<String> claimTemplates, String source, Location location) {}

  public List<IndexedObject> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** The first object (in input order) of this kind, namespace and name. */
  public Optional<IndexedObject> find(String kind, String namespace, String name) {
    return Optional.ofNullable(byName.get(kind + "/" + namespace + "/" + name));
  }

  /** Whether the input holds at least one object of this kind in this namespace. */
  public boolean hasKindIn(String kind, String namespace) {
    return kindsInNamespace.contains(kind + "/" + namespace);
  }

  /**
   * Whether a StatefulSet in {@code namespace} creates a claim of this name: its controller names
   * them {@code <template>-<statefulset>-<ordinal>}.
   */
  public boolean isStatefulSetClaim(String namespace, String claimName) {
    for (IndexedObject s : ofKind("StatefulSet")) {
      if (!s.namespace().equals(namespace) || s.name() == null) {
        continue;
      }
      for (String template : s.claimTemplates()) {
        String prefix = template + "-" + s.name() + "-";
        if (claimName.startsWith(prefix) && claimName.length() > prefix.length()
            && claimName.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Services in {@code namespace} whose non-empty selector matches {@code podLabels}. */
  public List<IndexedObject> servicesSelecting(String namespace, Map<String, String> podLabels) {
    Map<String, List<IndexedObject>> inNamespace = servicesBySelectorPair.get(namespace);
    if (inNamespace == null || podLabels.isEmpty()) {
      return List.of();
    }
    List<IndexedObject> out = new ArrayList<>();
    for (Map.Entry<String, String> label : podLabels.entrySet()) {
      for (IndexedObject s : inNamespace.getOrDefault(label.getKey() + "=" + label.getValue(), List.of())) {
        if (podLabels.entrySet().containsAll(s.selector().entrySet())) {
          out.add(s);
        }
      }
    }
    out.sort(Comparator.comparing(IndexedObject::source).thenComparing(IndexedObject::location));
    return out;
  }

  /** Collects summaries from many threads; {@link #build()} freezes them in a stable order. */
  public static final class Builder {
    private final ConcurrentLinkedQueue<IndexedObject> objects = new ConcurrentLinkedQueue<>();

    public void add(Document d) {
      if (d.kind() == null) {
        return;
      }
      YamlNode root = d.root();
      Optional<Workload> w = Workload.of(d, Map.of());
      // A workload is selected by its Pods' labels, anything else by its own.
      Map<String, String> labels =
          stringMap(w.isPresent() ? w.get().podMetadata().get("labels") : root.at("metadata.labels"));
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
      objects.add(new IndexedObject(d.apiVersion(), d.kind(), d.effectiveNamespace(), d.name(), labels,
          Set.copyOf(keys), "Service".equals(d.kind()) ? stringMap(root.at("spec.selector")) : Map.of(),
          root.at("spec.config").text(), List.copyOf(ports), List.copyOf(claimTemplates), d.source(),
          root.location()));
    }

    public InputIndex build() {
      List<IndexedObject> all = new ArrayList<>(objects);
      all.sort(Comparator.comparing(IndexedObject::source)
          .thenComparing(IndexedObject::location));
      Map<String, List<IndexedObject>> byKind = new HashMap<>();
      for (IndexedObject o : all) {
        byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
      }
      byKind.replaceAll((k, v) -> List.copyOf(v));
      return new InputIndex(Map.copyOf(byKind));
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

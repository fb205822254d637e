package io.podlint.model;

import io.podlint.k8s.Quantity;
import io.podlint.parse.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code requests}, {@code limits} or {@code overhead} mapping. As in the API server's decoder,
 * a duplicated name keeps its last value.
 */
public final class ResourceList {
  private final YamlNode node;
  private final Map<String, ResourceEntry> entries;
  /** Every valid entry's stored quantity: asked several times per container (effective resources, QoS). */
  private final Map<String, Quantity> quantities;

  private ResourceList(YamlNode node, Map<String, ResourceEntry> entries) {
    this.node = node;
    this.entries = entries;
    Map<String, Quantity> stored = new LinkedHashMap<>();
    for (ResourceEntry e : entries.values()) {
      e.stored().ifPresent(q -> stored.put(e.name(), q));
    }
    this.quantities = Collections.unmodifiableMap(stored);
  }

  public static ResourceList of(YamlNode mapping) {
    Map<String, ResourceEntry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping.entries()) {
      if (e.key() != null) {
        entries.remove(e.key());
        entries.put(e.key(), ResourceEntry.of(e.key(), e.keyNode(), e.value()));
      }
    }
    return new ResourceList(mapping, entries);
  }

  /** The mapping node (possibly missing). */
  public YamlNode node() {
    return node;
  }

  public List<ResourceEntry> entries() {
    return new ArrayList<>(entries.values());
  }

  public Optional<ResourceEntry> get(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  public boolean has(String name) {
    return entries.containsKey(name);
  }

  /** The stored (milli-rounded) quantity of a valid entry. */
  public Optional<Quantity> quantity(String name) {
    ResourceEntry e = entries.get(name);
    return e == null ? Optional.empty() : e.stored();
  }

  /** Every valid entry's stored quantity, by name (read-only). */
  public Map<String, Quantity> quantities() {
    return quantities;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}

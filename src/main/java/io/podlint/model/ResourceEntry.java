package io.podlint.model;

import io.podlint.k8s.Quantity;
import io.podlint.k8s.Quantity.InvalidQuantityException;
import io.podlint.parse.YamlNode;
import java.util.Optional;

/**
 * One {@code name: quantity} entry of a {@code requests} or {@code limits} mapping, decoded the
 * way the API server decodes it.
 *
 * @param name the resource name (the mapping key)
 * @param key the key node
 * @param value the value node
 * @param quantity the decoded quantity, as written (not yet rounded to milli); null when invalid
 * @param error why the value is not a quantity; null when valid
 */
public record ResourceEntry(String name, YamlNode key, YamlNode value, Quantity quantity,
    InvalidQuantityException error) {

  static ResourceEntry of(String name, YamlNode key, YamlNode value) {
    if (value.isNull()) {
      // JSON null decodes to a zero quantity (Quantity.UnmarshalJSON)
      return new ResourceEntry(name, key, value, Quantity.ZERO, null);
    }
    if (!value.isScalar()) {
      return new ResourceEntry(name, key, value, null, null);
    }
    try {
      Quantity q = Quantity.parseManifestValue(ResourceValues.apiText(value)).writtenAs(value.text());
      return new ResourceEntry(name, key, value, q, null);
    } catch (InvalidQuantityException e) {
      return new ResourceEntry(name, key, value, null, e);
    }
  }

  public boolean isValid() {
    return quantity != null;
  }

  /** A mapping or list where a quantity belongs. */
  public boolean isNotScalar() {
    return quantity == null && error == null;
  }

  /** The quantity as the API server stores it: rounded up to milli (container defaulting). */
  public Optional<Quantity> stored() {
    return Optional.ofNullable(quantity).map(Quantity::roundUpToMilli);
  }

  /** An explicit YAML null, decoded as zero. */
  public boolean isNull() {
    return value.isNull();
  }
}

package io.podlint.k8s.multus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a {@code k8s.v1.cni.cncf.io/networks} (or {@code v1.multus-cni.io/default-network})
 * annotation, in either the text or the JSON form. Fields hold best-effort values as written even
 * when a {@link ValueProblem} was reported for them (e.g. {@code ips} holds the string of an
 * {@code "ips": "10.1.1.5/24"} TYPE error).
 *
 * @param name NAD name ({@code name}), null if missing or not a string
 * @param namespace explicit namespace, null when absent or empty
 * @param effectiveNamespace {@code namespace}, else the parser's default namespace (Pod namespace
 *     for {@code networks}, Multus namespace for {@code default-network}); null if unknown
 * @param interfaceName explicit {@code interface} (JSON) or {@code @ifname} (text), null when absent
 *     or empty
 * @param ips requested {@code ips} as written (empty list when absent)
 * @param mac requested {@code mac}, null when absent
 * @param defaultRoute {@code default-route} gateways as written; null when the key is absent (or
 *     null), an empty list for {@code []}
 * @param infinibandGuid {@code infiniband-guid}, null when absent
 * @param interfaceRequest deprecated {@code interfaceRequest}, null when absent
 * @param deviceId Multus-specific {@code deviceID}, null when absent
 * @param ipamClaimReference {@code ipam-claim-reference}, null when absent
 * @param hasPortMappings {@code portMappings} present (non-null)
 * @param hasBandwidth {@code bandwidth} present (non-null)
 * @param hasCniArgs {@code cni-args} present (non-null)
 * @param keySpans span of each JSON key token (with quotes). Recognised keys are stored under their
 *     canonical spelling (so {@code "Interface"} is found under {@code interface}), other keys as
 *     written; for a duplicated key the last occurrence. Empty for the text form.
 * @param valueSpans span of the value belonging to each entry of {@code keySpans}. For the text form
 *     it holds the segments {@code namespace}, {@code name} and {@code interface} (when present).
 * @param span the whole element (JSON object, or the trimmed text item)
 * @param unknownKeys keys Multus ignores (misspellings, invented keys), in order, as written
 * @param extensionKeys vendor-extension keys (containing a '.'), in order
 */
public record NetworkSelection(
    String name,
    String namespace,
    String effectiveNamespace,
    String interfaceName,
    List<String> ips,
    String mac,
    List<String> defaultRoute,
    String infinibandGuid,
    String interfaceRequest,
    String deviceId,
    String ipamClaimReference,
    boolean hasPortMappings,
    boolean hasBandwidth,
    boolean hasCniArgs,
    Map<String, Span> keySpans,
    Map<String, Span> valueSpans,
    Span span,
    List<String> unknownKeys,
    List<String> extensionKeys) {

  public NetworkSelection {
    ips = List.copyOf(ips);
    defaultRoute = defaultRoute == null ? null : List.copyOf(defaultRoute);
    keySpans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keySpans));
    valueSpans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(valueSpans));
    unknownKeys = List.copyOf(unknownKeys);
    extensionKeys = List.copyOf(extensionKeys);
  }

  /**
   * The interface name Multus will request: {@code interface}, else the deprecated {@code
   * interfaceRequest} (Multus only falls back to it when {@code interface} is empty), else null.
   */
  public String requestedInterface() {
    return interfaceName != null ? interfaceName : interfaceRequest;
  }

  /** True when the element carries {@code default-route} (even an empty list). */
  public boolean hasDefaultRoute() {
    return defaultRoute != null;
  }

  /** Spans of the {@link #unknownKeys()}, keyed as written (last occurrence). */
  public Map<String, Span> unknownKeySpans() {
    Map<String, Span> m = new LinkedHashMap<>();
    for (String k : unknownKeys) {
      Span s = keySpans.get(k);
      if (s != null) {
        m.put(k, s);
      }
    }
    return m;
  }
}

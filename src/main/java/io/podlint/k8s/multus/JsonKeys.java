package io.podlint.k8s.multus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Key vocabulary helpers: Go-style case-insensitive key resolution and "did you mean"
 * suggestions that understand semantic look-alikes, not only spelling.
 */
final class JsonKeys {

  private JsonKeys() {}

  /** Lower-case and drop '-', '_', '.', ' ' so that {@code default_route == defaultRoute}. */
  static String normalize(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '-' && c != '_' && c != ' ' && c != '.') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** Exact match, else Go's case-insensitive match, else null. */
  static String resolve(String key, List<String> known) {
    for (String k : known) {
      if (k.equals(key)) {
        return k;
      }
    }
    for (String k : known) {
      if (k.equalsIgnoreCase(key)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Suggest the intended key for an unknown {@code key}: semantic aliases first, then keys that
   * only differ in case/separators, then small edit distances (scaled with the key length).
   */
  static Optional<String> suggest(String key, List<String> known, Map<String, String> aliases) {
    String n = normalize(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String alias = aliases.get(n);
    if (alias != null) {
      return Optional.of(alias);
    }
    for (String k : known) {
      if (normalize(k).equals(n)) {
        return Optional.of(k);
      }
    }
    int limit = n.length() <= 3 ? 1 : n.length() <= 6 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = Names.osaDistance(n, normalize(k));
      if (d <= limit && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    if (best == null) {
      // aliases with a typo ("gatway", "adress")
      for (Map.Entry<String, String> e : aliases.entrySet()) {
        if (e.getKey().length() >= 5) {
          int d = Names.osaDistance(n, e.getKey());
          if (d <= (n.length() <= 6 ? 1 : 2) && d < bestDistance) {
            best = e.getValue();
            bestDistance = d;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Keys of a network selection element (JSON tags of NetworkSelectionElement). */
  static final List<String> SELECTION_KEYS = List.of(
      "name", "namespace", "interface", "ips", "mac", "infiniband-guid", "default-route",
      "portMappings", "bandwidth", "cni-args", "ipam-claim-reference", "deviceID",
      "interfaceRequest");

  static final Map<String, String> SELECTION_ALIASES = aliases(
      "default-route", List.of("gateway", "gateways", "gw", "gws", "defaultgateway",
          "defaultgateways", "defaultgw", "defaultroutes", "route", "routes", "nexthop",
          "gatewayip", "gatewayrequest", "defaultrouting"),
      "ips", List.of("ip", "ipaddress", "ipaddresses", "ipaddr", "ipaddrs", "address",
          "addresses", "addr", "addrs", "ipv4", "ipv6", "ipv4address", "ipv6address", "staticip",
          "staticips", "iprequest", "cidr", "cidrs", "subnet", "netmask", "prefix", "ipv4s",
          "ipv6s", "ipaddrss"),
      "mac", List.of("macaddress", "macaddr", "hwaddr", "hwaddress", "ethaddr",
          "hardwareaddress", "macrequest", "macs", "lladdr"),
      "interface", List.of("ifname", "iface", "ifc", "interfacename", "intf", "nic", "devname",
          "ifacename", "interfaces", "if", "netif", "ifnamerequest", "podinterface"),
      "namespace", List.of("ns", "namespacename", "netnamespace", "nadnamespace"),
      "cni-args", List.of("args", "cniarguments", "arguments", "cniarg", "pluginargs"),
      "name", List.of("network", "networkname", "net", "nad", "netname",
          "networkattachmentdefinition", "attachment", "netattachdef"),
      "infiniband-guid", List.of("guid", "ibguid", "infiniband", "infinibandguidrequest"),
      "portMappings", List.of("ports", "portmapping", "portmap", "portmaps", "hostports",
          "portforward", "portforwards"),
      "bandwidth", List.of("bw", "ratelimit", "qos", "bandwith", "traffic"),
      "ipam-claim-reference", List.of("ipamclaim", "ipamclaimref", "claim", "ipamclaimname",
          "claimreference", "claimref"),
      "deviceID", List.of("pciaddress", "pcibusid", "pci", "device", "vf", "pciid"));

  static Map<String, String> aliases(Object... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String target = (String) pairs[i];
      @SuppressWarnings("unchecked")
      List<String> names = (List<String>) pairs[i + 1];
      for (String a : names) {
        m.put(a, target);
      }
    }
    return m;
  }

  /** JSON string literal for {@code s} (used for replacement suggestions). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  static List<String> keysOf(List<PositionedJson.Member> members) {
    List<String> out = new ArrayList<>();
    for (PositionedJson.Member m : members) {
      out.add(m.key);
    }
    return out;
  }
}

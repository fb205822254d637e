package io.podlint.k8s.multus;

import io.podlint.k8s.multus.PositionedJson.Member;
import io.podlint.k8s.multus.PositionedJson.Node;
import io.podlint.k8s.multus.PositionedJson.Type;
import io.podlint.k8s.multus.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parsed NetworkAttachmentDefinition {@code spec.config}: a single CNI config ({@code type}) or a
 * conflist ({@code plugins}). Problems carry offsets into the config string. The CRD types the
 * field only as a string, so every problem here surfaces at Pod creation
 * (FailedCreatePodSandBox), not at {@code kubectl apply}.
 *
 * <p>Multus' rule: a config with a non-empty {@code type} is a single plugin (any {@code plugins}
 * is ignored); otherwise it must be a conflist with {@code plugins}.
 */
public final class NadConfig {

  /** macvlan modes ({@code ""} defaults to bridge). */
  public static final Set<String> MACVLAN_MODES = Set.of("bridge", "private", "vepa", "passthru");
  /** ipvlan modes ({@code ""} defaults to l2). */
  public static final Set<String> IPVLAN_MODES = Set.of("l2", "l3", "l3s");

  /**
   * An IPAM route.
   *
   * @param dst destination as written (null if missing/not a string)
   * @param gw gateway as written, null when absent
   * @param isDefault dst parses as a CIDR with prefix length 0 ({@code 0.0.0.0/0}, {@code ::/0})
   * @param span the route object
   */
  public record Route(String dst, String gw, boolean isDefault, Span span) {}

  /**
   * One plugin of the config (the config itself for a single-plugin config).
   *
   * @param index position in {@code plugins} (0 for a single config)
   * @param type plugin {@code type}, null when missing
   * @param capabilities {@code capabilities} map (only boolean entries)
   * @param master {@code master} (macvlan/ipvlan/...), null when absent
   * @param mode {@code mode}, null when absent
   * @param ipamType {@code ipam.type}, null without IPAM or when empty
   * @param routes {@code ipam.routes}
   * @param gateways gateways found in {@code ipam.gateway}, {@code ipam.addresses[].gateway} and
   *     {@code ipam.ranges[][].gateway}
   * @param isDefaultGateway bridge plugin {@code isDefaultGateway: true}
   * @param span the plugin object
   */
  public record Plugin(
      int index,
      String type,
      Map<String, Boolean> capabilities,
      String master,
      String mode,
      String ipamType,
      List<Route> routes,
      List<String> gateways,
      boolean isDefaultGateway,
      Span span) {

    public Plugin {
      capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
      routes = List.copyOf(routes);
      gateways = List.copyOf(gateways);
    }

    /** True if the plugin declares {@code "capabilities": {"<name>": true}}. */
    public boolean hasCapability(String name) {
      return Boolean.TRUE.equals(capabilities.get(name));
    }

    /** macvlan/ipvlan without {@code master}: newer plugins fall back to the default-route NIC. */
    public boolean masterMissing() {
      return ("macvlan".equals(type) || "ipvlan".equals(type))
          && (master == null || master.isEmpty());
    }

    /** DHCP IPAM: the DHCP server's router option may install a (second) default route. */
    public boolean usesDhcp() {
      return "dhcp".equals(ipamType);
    }

    /** An IPAM route with a /0 destination, or bridge {@code isDefaultGateway}. */
    public boolean installsDefaultRoute() {
      return isDefaultGateway || routes.stream().anyMatch(Route::isDefault);
    }
  }

  private final String name;
  private final String cniVersion;
  private final boolean conflist;
  private final List<Plugin> plugins;
  private final List<ValueProblem> problems;

  private NadConfig(String name, String cniVersion, boolean conflist, List<Plugin> plugins,
      List<ValueProblem> problems) {
    this.name = name;
    this.cniVersion = cniVersion;
    this.conflist = conflist;
    this.plugins = List.copyOf(plugins);
    List<ValueProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(ValueProblem::start).thenComparingInt(ValueProblem::end));
    this.problems = List.copyOf(sorted);
  }

  /** Parses a {@code spec.config} string. Never throws for bad input. */
  public static NadConfig parse(String configJson) {
    Objects.requireNonNull(configJson, "configJson");
    return new Builder(configJson).build();
  }

  /** Problems sorted by offset. */
  public List<ValueProblem> problems() {
    return problems;
  }

  /** The config's {@code name} (may be omitted: Multus injects the NAD name). */
  public String name() {
    return name;
  }

  public String cniVersion() {
    return cniVersion;
  }

  /** True when interpreted as a conflist ({@code plugins} without top-level {@code type}). */
  public boolean isConflist() {
    return conflist;
  }

  public List<Plugin> plugins() {
    return plugins;
  }

  /** Plugin types in order, without duplicates or nulls. */
  public Set<String> types() {
    Set<String> s = new LinkedHashSet<>();
    for (Plugin p : plugins) {
      if (p.type() != null) {
        s.add(p.type());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /** True if any plugin declares the capability ({@code ips}, {@code mac}, ...) as true. */
  public boolean hasCapability(String capability) {
    return plugins.stream().anyMatch(p -> p.hasCapability(capability));
  }

  /** ovn-kubernetes' CNI: its controller reads {@code ips} and {@code mac} from the selection element itself. */
  public static final String OVN_KUBERNETES = "ovn-k8s-cni-overlay";
  /**
   * Plugins of containernetworking/plugins that take a MAC from {@code CNI_ARGS} ({@code MacEnvArgs}),
   * which Multus' {@code DelegateAdd} sets from the selection's {@code mac} besides the runtime config.
   */
  private static final Set<String> MAC_FROM_ARGS = Set.of("tuning", "macvlan", "bridge", "tap");
  /** IPAM plugins that take requested addresses from {@code CNI_ARGS} {@code IP} ({@code IPAMEnvArgs}). */
  private static final Set<String> IPS_FROM_ARGS = Set.of("static", "host-local");

  /**
   * Whether some plugin of this configuration applies a runtime request of a network selection
   * element: it declares the capability (Multus passes it in {@code runtimeConfig}), or it reads the
   * value another way. Multus also passes {@code mac} and {@code ips} as {@code CNI_ARGS} {@code MAC}
   * and {@code IP} (pkg/multus/multus.go: DelegateAdd), which tuning, macvlan, bridge and tap read
   * for the MAC and static and host-local IPAM read for the addresses; ovn-kubernetes allocates the Pod's
   * addresses from the element's {@code ips} and {@code mac} (go-controller/pkg/util/pod_annotation.go).
   */
  public boolean honours(String capability) {
    if (hasCapability(capability)) {
      return true;
    }
    return switch (capability) {
      case "mac" -> plugins.stream().anyMatch(p -> OVN_KUBERNETES.equals(p.type()) || MAC_FROM_ARGS.contains(p.type()));
      case "ips" -> plugins.stream().anyMatch(p -> OVN_KUBERNETES.equals(p.type()) || IPS_FROM_ARGS.contains(p.ipamType()));
      default -> false;
    };
  }

  /** A plugin installs a default route (IPAM route to /0, or bridge isDefaultGateway). */
  public boolean installsDefaultRoute() {
    return plugins.stream().anyMatch(Plugin::installsDefaultRoute);
  }

  /** Some plugin uses DHCP IPAM, which may install a default route from the DHCP server. */
  public boolean usesDhcp() {
    return plugins.stream().anyMatch(Plugin::usesDhcp);
  }

  /** {@link #installsDefaultRoute()} or {@link #usesDhcp()}. */
  public boolean mayInstallDefaultRoute() {
    return installsDefaultRoute() || usesDhcp();
  }

  /** macvlan/ipvlan plugins without {@code master} (a warning-level fact, not a problem). */
  public List<Plugin> pluginsMissingMaster() {
    return plugins.stream().filter(Plugin::masterMissing).toList();
  }

  // -------------------------------------------------------------------------------------------

  private static final class Builder {
    final String text;
    final List<ValueProblem> problems = new ArrayList<>();
    final List<Plugin> plugins = new ArrayList<>();
    String name;
    String cniVersion;
    boolean conflist;

    Builder(String text) {
      this.text = text;
    }

    NadConfig build() {
      PositionedJson.Result r = PositionedJson.parse(text);
      if (r.error != null) {
        problems.add(r.error);
        return done();
      }
      Node root = r.root;
      if (!root.is(Type.OBJECT)) {
        problems.add(ValueProblem.at(root.span, Kind.TYPE,
            "the CNI config must be a JSON object, got " + root.describe()));
        return done();
      }
      Map<String, Member> top = members(root);
      name = string(top.get("name"), "name");
      cniVersion = string(top.get("cniVersion"), "cniVersion");
      Member type = top.get("type");
      Member list = top.get("plugins");
      String typeValue = string(type, "type");
      if (typeValue != null) {
        if (list != null) {
          problems.add(ValueProblem.at(list.keySpan, Kind.CONFLICT, "\"plugins\" is ignored"
              + " because \"type\" is set: Multus loads this as a single plugin config"));
        }
        plugins.add(plugin(0, root));
        return done();
      }
      if (list == null) {
        problems.add(ValueProblem.at(type != null ? type.value.span : root.span, Kind.REQUIRED,
            "no 'type'; perhaps this is supposed to be a .conflist? (delegate must have the"
                + " 'type' or 'plugin' field)"));
        return done();
      }
      conflist = true;
      Node arr = list.value;
      if (!arr.is(Type.ARRAY)) {
        problems.add(ValueProblem.at(arr.span, Kind.TYPE,
            "\"plugins\" must be an array of plugin objects, got " + arr.describe()));
        return done();
      }
      if (arr.items.isEmpty()) {
        problems.add(ValueProblem.at(arr.span, Kind.REQUIRED, "\"plugins\" is empty"));
      }
      for (int i = 0; i < arr.items.size(); i++) {
        Node p = arr.items.get(i);
        if (!p.is(Type.OBJECT)) {
          problems.add(ValueProblem.at(p.span, Kind.TYPE,
              "plugins[" + i + "] must be an object, got " + p.describe()));
          continue;
        }
        Plugin plugin = plugin(i, p);
        Member tm = members(p).get("type");
        if (plugin.type() == null
            && (tm == null || tm.value.is(Type.STRING) || tm.value.is(Type.NULL))) {
          problems.add(ValueProblem.at(p.span, Kind.REQUIRED,
              "plugins[" + i + "]: a plugin delegate must have the 'type' field"));
        }
        plugins.add(plugin);
      }
      return done();
    }

    private NadConfig done() {
      return new NadConfig(name, cniVersion, conflist, plugins, problems);
    }

    /** Last occurrence wins, like Go; keys matched exactly (CNI config fields are case-exact). */
    private Map<String, Member> members(Node obj) {
      Map<String, Member> m = new LinkedHashMap<>();
      for (Member x : obj.members) {
        m.put(x.key, x);
      }
      return m;
    }

    private String string(Member m, String what) {
      if (m == null) {
        return null;
      }
      return string(m.value, what);
    }

    private String string(Node v, String what) {
      if (v == null || v.is(Type.NULL)) {
        return null;
      }
      if (!v.is(Type.STRING)) {
        problems.add(ValueProblem.at(v.span, Kind.TYPE,
            "\"" + what + "\" must be a string, got " + v.describe()));
        return null;
      }
      if (v.text.isEmpty()) {
        return null;
      }
      return v.text;
    }

    private Plugin plugin(int index, Node obj) {
      Map<String, Member> f = members(obj);
      String type = string(f.get("type"), "type");
      Map<String, Boolean> caps = new LinkedHashMap<>();
      Member capsMember = f.get("capabilities");
      if (capsMember != null && !capsMember.value.is(Type.NULL)) {
        if (!capsMember.value.is(Type.OBJECT)) {
          problems.add(ValueProblem.at(capsMember.value.span, Kind.TYPE,
              "\"capabilities\" must be an object of booleans, got "
                  + capsMember.value.describe()));
        } else {
          for (Member c : capsMember.value.members) {
            if (c.value.is(Type.BOOLEAN)) {
              caps.put(c.key, Boolean.parseBoolean(c.value.text));
            } else {
              problems.add(ValueProblem.at(c.value.span, Kind.TYPE, "capability \"" + c.key
                  + "\" must be a boolean, got " + c.value.describe(),
                  c.value.is(Type.STRING) && (c.value.text.equals("true")
                      || c.value.text.equals("false")) ? c.value.text : null));
            }
          }
        }
      }
      String master = string(f.get("master"), "master");
      String mode = string(f.get("mode"), "mode");
      Member modeMember = f.get("mode");
      if (mode != null && "macvlan".equals(type) && !MACVLAN_MODES.contains(mode)) {
        problems.add(ValueProblem.at(modeMember.value.span, Kind.INVALID_VALUE, "unknown macvlan"
            + " mode '" + mode + "' (bridge, private, vepa, passthru)"));
      } else if (mode != null && "ipvlan".equals(type) && !IPVLAN_MODES.contains(mode)) {
        problems.add(ValueProblem.at(modeMember.value.span, Kind.INVALID_VALUE, "unknown ipvlan"
            + " mode '" + mode + "' (l2, l3, l3s)"));
      }
      boolean isDefaultGateway = false;
      Member idg = f.get("isDefaultGateway");
      if (idg != null) {
        if (idg.value.is(Type.BOOLEAN)) {
          isDefaultGateway = Boolean.parseBoolean(idg.value.text);
        } else if (!idg.value.is(Type.NULL)) {
          problems.add(ValueProblem.at(idg.value.span, Kind.TYPE,
              "\"isDefaultGateway\" must be a boolean, got " + idg.value.describe()));
        }
      }
      String ipamType = null;
      List<Route> routes = new ArrayList<>();
      List<String> gateways = new ArrayList<>();
      Member ipam = f.get("ipam");
      if (ipam != null && !ipam.value.is(Type.NULL)) {
        if (!ipam.value.is(Type.OBJECT)) {
          problems.add(ValueProblem.at(ipam.value.span, Kind.TYPE,
              "\"ipam\" must be an object, got " + ipam.value.describe()));
        } else {
          Map<String, Member> im = members(ipam.value);
          ipamType = string(im.get("type"), "ipam.type");
          routes(im.get("routes"), routes);
          gateway(im.get("gateway"), gateways);
          Member addresses = im.get("addresses");
          if (addresses != null && addresses.value.is(Type.ARRAY)) {
            for (Node a : addresses.value.items) {
              if (a.is(Type.OBJECT)) {
                gateway(members(a).get("gateway"), gateways);
              }
            }
          }
          Member ranges = im.get("ranges");
          if (ranges != null && ranges.value.is(Type.ARRAY)) {
            for (Node set : ranges.value.items) {
              if (set.is(Type.ARRAY)) {
                for (Node range : set.items) {
                  if (range.is(Type.OBJECT)) {
                    gateway(members(range).get("gateway"), gateways);
                  }
                }
              }
            }
          }
        }
      }
      return new Plugin(index, type, caps, master, mode, ipamType, routes, gateways,
          isDefaultGateway, obj.span);
    }

    private void gateway(Member m, List<String> out) {
      String gw = m == null ? null : string(m.value, "gateway");
      if (gw == null) {
        return;
      }
      if (!IpLiterals.isIp(gw)) {
        problems.add(ValueProblem.at(m.value.span, Kind.INVALID_VALUE,
            "gateway '" + gw + "' is not an IP address"));
      }
      out.add(gw);
    }

    private void routes(Member m, List<Route> out) {
      if (m == null || m.value.is(Type.NULL)) {
        return;
      }
      if (!m.value.is(Type.ARRAY)) {
        problems.add(ValueProblem.at(m.value.span, Kind.TYPE,
            "\"routes\" must be an array of {\"dst\": CIDR, \"gw\": IP}, got "
                + m.value.describe()));
        return;
      }
      for (Node r : m.value.items) {
        if (!r.is(Type.OBJECT)) {
          problems.add(ValueProblem.at(r.span, Kind.TYPE,
              "route must be an object {\"dst\": CIDR, \"gw\": IP}, got " + r.describe()));
          continue;
        }
        Map<String, Member> rm = members(r);
        Member dstM = rm.get("dst");
        String dst = string(dstM, "dst");
        boolean isDefault = false;
        if (dst == null) {
          problems.add(ValueProblem.at(r.span, Kind.REQUIRED, "route needs \"dst\" (a CIDR)"));
        } else {
          var cidr = IpLiterals.parseCidr(dst);
          if (cidr.isEmpty()) {
            String fix = IpLiterals.parseIp(dst).isPresent()
                ? JsonKeys.quote(dst + (dst.indexOf(':') >= 0 ? "/128" : "/32")) : null;
            problems.add(ValueProblem.at(dstM.value.span, Kind.INVALID_VALUE,
                "route \"dst\" '" + dst + "' is not a CIDR", fix));
          } else {
            isDefault = cidr.get().isDefaultRoute();
          }
        }
        Member gwM = rm.get("gw");
        String gw = string(gwM, "gw");
        if (gw != null && !IpLiterals.isIp(gw)) {
          problems.add(ValueProblem.at(gwM.value.span, Kind.INVALID_VALUE,
              "route \"gw\" '" + gw + "' is not an IP address"));
        }
        out.add(new Route(dst, gw, isDefault, r.span));
      }
    }
  }
}

package io.podlint.k8s.multus;

import io.podlint.k8s.multus.NetworkSelectionResult.Form;
import io.podlint.k8s.multus.PositionedJson.Member;
import io.podlint.k8s.multus.PositionedJson.Node;
import io.podlint.k8s.multus.PositionedJson.Type;
import io.podlint.k8s.multus.ValueProblem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the value of {@code k8s.v1.cni.cncf.io/networks} / {@code
 * v1.multus-cni.io/default-network} the way Multus ({@code parsePodNetworkAnnotation}) does, and
 * reports every deviation as a {@link ValueProblem} with character offsets into the value.
 *
 * <p>Form detection follows Multus: JSON iff the value contains any of {@code [ { "}; otherwise
 * the comma-separated text form {@code [namespace/]name[@interface]}.
 *
 * <p>The parser never stops at the first problem (Multus does): it reports all independent
 * problems. It performs no I/O and no DNS lookups.
 */
public final class NetworkSelectionParser {

  /** Multus' default {@code multusNamespace}, used for {@code default-network}. */
  public static final String DEFAULT_MULTUS_NAMESPACE = "kube-system";

  /** JSON keys Multus/NPWG understand in a selection element. */
  public static final List<String> KNOWN_KEYS = JsonKeys.SELECTION_KEYS;

  private static final List<String> PORT_MAPPING_KEYS =
      List.of("hostPort", "containerPort", "protocol", "hostIP");
  private static final Map<String, String> PORT_MAPPING_ALIASES = JsonKeys.aliases(
      "hostPort", List.of("host", "nodeport", "external", "externalport", "published"),
      "containerPort", List.of("port", "target", "targetport", "internal", "internalport",
          "podport"),
      "protocol", List.of("proto", "transport"),
      "hostIP", List.of("hostaddress", "hostaddr", "bindaddress", "bindip", "ip", "address"));
  private static final List<String> BANDWIDTH_KEYS =
      List.of("ingressRate", "ingressBurst", "egressRate", "egressBurst");
  private static final Map<String, String> BANDWIDTH_ALIASES = JsonKeys.aliases(
      "ingressRate", List.of("ingress", "rxrate", "downloadrate", "inrate"),
      "egressRate", List.of("egress", "txrate", "uploadrate", "outrate"),
      "ingressBurst", List.of("rxburst", "inburst"),
      "egressBurst", List.of("txburst", "outburst"));

  private NetworkSelectionParser() {}

  /**
   * Parses {@code value}.
   *
   * @param value the raw annotation value (not null)
   * @param podNamespace the Pod's namespace, may be null (e.g. a template without namespace)
   * @param defaultNamespaceForMissing namespace used when an element names none; null means
   *     {@code podNamespace}. Multus uses the Pod namespace for {@code networks} and its {@code
   *     multusNamespace} (default {@code kube-system}) for {@code default-network}.
   */
  public static NetworkSelectionResult parse(
      String value, String podNamespace, String defaultNamespaceForMissing) {
    Objects.requireNonNull(value, "value");
    String defaultNs = defaultNamespaceForMissing != null ? defaultNamespaceForMissing
        : podNamespace;
    return new Run(value, defaultNs, false).run();
  }

  /** {@code k8s.v1.cni.cncf.io/networks}: missing namespaces default to the Pod namespace. */
  public static NetworkSelectionResult parseNetworks(String value, String podNamespace) {
    return parse(value, podNamespace, podNamespace);
  }

  /**
   * {@code v1.multus-cni.io/default-network}: missing namespaces default to Multus' namespace
   * (null means {@value #DEFAULT_MULTUS_NAMESPACE}), and the value must select exactly one network
   * ("more than one default network is specified" otherwise).
   */
  public static NetworkSelectionResult parseDefaultNetwork(
      String value, String podNamespace, String multusNamespace) {
    Objects.requireNonNull(value, "value");
    String ns = multusNamespace != null ? multusNamespace : DEFAULT_MULTUS_NAMESPACE;
    return new Run(value, ns, true).run();
  }

  /** Multus' form detection: {@code strings.ContainsAny(value, "[{\"")}. */
  public static boolean isJsonForm(String value) {
    return value.indexOf('[') >= 0 || value.indexOf('{') >= 0 || value.indexOf('"') >= 0;
  }

  /**
   * The known selection key an unknown key most likely meant, including semantic look-alikes
   * ({@code gateway -> default-route}, {@code ipAddress -> ips}, {@code ifname -> interface}).
   */
  public static Optional<String> suggestKey(String unknownKey) {
    return JsonKeys.suggest(unknownKey, KNOWN_KEYS, JsonKeys.SELECTION_ALIASES);
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Run {
    final String value;
    final String defaultNs;
    final boolean defaultNetwork;
    final List<ValueProblem> problems = new ArrayList<>();
    final List<NetworkSelection> elements = new ArrayList<>();

    Run(String value, String defaultNs, boolean defaultNetwork) {
      this.value = value;
      this.defaultNs = defaultNs;
      this.defaultNetwork = defaultNetwork;
    }

    NetworkSelectionResult run() {
      Form form = isJsonForm(value) ? Form.JSON : Form.TEXT;
      if (value.isEmpty()) {
        problems.add(new ValueProblem(0, 0, Kind.INVALID_VALUE, defaultNetwork
            ? "empty default-network value: Multus fails to parse it and the Pod sandbox is not"
                + " created"
            : "empty value: Multus treats it like a missing annotation, no network is attached",
            null));
      } else if (form == Form.TEXT) {
        parseText();
      } else {
        parseJson();
      }
      if (defaultNetwork && !hasSyntaxError()) {
        checkSingleDefault();
      }
      problems.sort(Comparator.comparingInt(ValueProblem::start)
          .thenComparingInt(ValueProblem::end));
      return new NetworkSelectionResult(form, elements, problems);
    }

    private boolean hasSyntaxError() {
      return problems.stream().anyMatch(p -> p.kind() == Kind.SYNTAX);
    }

    private void checkSingleDefault() {
      if (elements.size() > 1) {
        Span s = new Span(elements.get(1).span().start(),
            elements.get(elements.size() - 1).span().end());
        problems.add(ValueProblem.at(s, Kind.CONFLICT,
            "more than one default network is specified (" + elements.size()
                + "): v1.multus-cni.io/default-network must select exactly one network"));
      } else if (elements.isEmpty() && !value.isEmpty()
          && problems.stream().noneMatch(p -> p.kind() == Kind.TYPE)) {
        problems.add(new ValueProblem(0, value.length(), Kind.REQUIRED,
            "no default network is selected: Multus indexes the first element and fails", null));
      }
    }

    private void add(Span span, Kind kind, String message, String suggestion) {
      problems.add(ValueProblem.at(span, kind, message, suggestion));
    }

    private void add(Span span, Kind kind, String message) {
      add(span, kind, message, null);
    }

    // ----------------------------------------------------------------------------- text form

    private void parseText() {
      int n = value.length();
      int segStart = 0;
      while (true) {
        int comma = value.indexOf(',', segStart);
        int segEnd = comma < 0 ? n : comma;
        int ts = segStart;
        int te = segEnd;
        while (ts < te && Names.isGoSpace(value.charAt(ts))) {
          ts++;
        }
        while (te > ts && Names.isGoSpace(value.charAt(te - 1))) {
          te--;
        }
        if (ts == te) {
          emptyItem(segStart, segEnd, comma >= 0);
        } else {
          parseTextItem(ts, te);
        }
        if (comma < 0) {
          break;
        }
        segStart = comma + 1;
      }
    }

    private void emptyItem(int segStart, int segEnd, boolean commaFollows) {
      boolean commaPrecedes = segStart > 0;
      if (!commaFollows && !commaPrecedes) {
        add(new Span(segStart, segEnd), Kind.SYNTAX,
            "blank value: Multus looks up a NetworkAttachmentDefinition with an empty name and"
                + " fails");
        return;
      }
      Span s = commaFollows ? new Span(segStart, segEnd + 1) : new Span(segStart - 1, segEnd);
      add(s, Kind.SYNTAX, "empty network item (stray ','): Multus looks up a"
          + " NetworkAttachmentDefinition with an empty name and fails", "");
    }

    private void parseTextItem(int ts, int te) {
      int firstSlash = indexOf('/', ts, te);
      int secondSlash = firstSlash < 0 ? -1 : indexOf('/', firstSlash + 1, te);
      if (secondSlash >= 0) {
        add(new Span(secondSlash, secondSlash + 1), Kind.SYNTAX,
            "Invalid network object (failed at '/'): an item is [namespace/]name[@interface]"
                + " with at most one '/'");
        return;
      }
      int restStart = firstSlash < 0 ? ts : firstSlash + 1;
      int firstAt = indexOf('@', restStart, te);
      int secondAt = firstAt < 0 ? -1 : indexOf('@', firstAt + 1, te);
      if (secondAt >= 0) {
        add(new Span(secondAt, secondAt + 1), Kind.SYNTAX,
            "Invalid network object (failed at '@'): an item is [namespace/]name[@interface]"
                + " with at most one '@'");
        return;
      }
      Map<String, Span> valueSpans = new LinkedHashMap<>();
      String namespace = null;
      if (firstSlash >= 0) {
        Span ns = trim(ts, firstSlash);
        String nsText = ns.text(value);
        if (nsText.isEmpty()) {
          add(new Span(ts, firstSlash + 1), Kind.STYLE,
              "empty namespace before '/': the default namespace is used", "");
        } else {
          valueSpans.put("namespace", ns);
          namespace = nsText;
          checkTextNamespace(ns, nsText);
        }
      }
      int nameEnd = firstAt >= 0 ? firstAt : te;
      Span nameSpan = trim(restStart, nameEnd);
      String name = nameSpan.text(value);
      if (name.isEmpty()) {
        add(new Span(ts, te), Kind.REQUIRED,
            "missing network name: an item is [namespace/]name[@interface]");
        name = null;
      } else {
        valueSpans.put("name", nameSpan);
        if (!Names.matchesLabelRegex(name)) {
          String msg = "network name '" + name + "' does not match the comma-delimited format"
              + " (lower case alphanumerics and '-', starting and ending alphanumerically)";
          if (name.indexOf('.') >= 0 && Names.isDns1123Subdomain(name)) {
            msg += "; a NetworkAttachmentDefinition whose name contains '.' can only be"
                + " selected with the JSON form";
          }
          add(nameSpan, Kind.INVALID_VALUE, msg, labelSuggestion(name));
        }
      }
      String ifname = null;
      if (firstAt >= 0) {
        Span ifSpan = trim(firstAt + 1, te);
        String ifText = ifSpan.text(value);
        if (ifText.isEmpty()) {
          add(new Span(firstAt, te), Kind.STYLE,
              "empty interface name after '@': an automatic name (net<N>) is used", "");
        } else {
          valueSpans.put("interface", ifSpan);
          ifname = ifText;
          checkTextInterface(ifSpan, ifText);
        }
      }
      String effective = namespace != null ? namespace : defaultNs;
      elements.add(new NetworkSelection(name, namespace, effective, ifname, List.of(), null, null,
          null, null, null, null, false, false, false, Map.of(), valueSpans, new Span(ts, te),
          List.of(), List.of()));
    }

    private void checkTextNamespace(Span span, String ns) {
      if (!Names.matchesLabelRegex(ns)) {
        add(span, Kind.INVALID_VALUE, "namespace '" + ns + "' does not match the comma-delimited"
            + " format (lower case alphanumerics and '-', starting and ending alphanumerically)",
            labelSuggestion(ns));
      } else if (ns.length() > Names.DNS1123_LABEL_MAX) {
        add(span, Kind.INVALID_VALUE, "namespace '" + ns + "' is longer than 63 characters;"
            + " no such namespace can exist");
      }
    }

    private void checkTextInterface(Span span, String ifname) {
      boolean hasSpace = false;
      for (int i = 0; i < ifname.length(); i++) {
        if (" \t\n\u000b\f\r/".indexOf(ifname.charAt(i)) >= 0) {
          hasSpace = true;
        }
      }
      if (Names.utf8Length(ifname) > Names.IFNAMSIZ_MINUS_1 || hasSpace) {
        add(span, Kind.INVALID_VALUE, "Failed to parse interface name: must be less than 15"
            + " chars and not contain '/' or spaces. interface name '" + ifname + "'");
        return;
      }
      String linux = Names.linuxIfnameError(ifname);
      if (linux != null) {
        add(span, Kind.INVALID_VALUE, linux + "; Multus accepts it but the kernel/CNI plugin"
            + " rejects it");
        return;
      }
      if (!Names.isDns1123Label(ifname)) {
        add(span, Kind.PORTABILITY, "interface name '" + ifname + "' is accepted by Multus but"
            + " not by the NetworkAttachmentDefinition client library, which requires a DNS-1123"
            + " label in the text form", labelSuggestion(ifname));
      }
    }

    private String labelSuggestion(String s) {
      String l = Names.toLabel(s);
      return l == null || l.equals(s) ? null : l;
    }

    private int indexOf(char c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (value.charAt(i) == c) {
          return i;
        }
      }
      return -1;
    }

    private Span trim(int from, int to) {
      while (from < to && Names.isGoSpace(value.charAt(from))) {
        from++;
      }
      while (to > from && Names.isGoSpace(value.charAt(to - 1))) {
        to--;
      }
      return new Span(from, to);
    }

    // ----------------------------------------------------------------------------- JSON form

    private void parseJson() {
      PositionedJson.Result r = PositionedJson.parse(value);
      if (r.error != null) {
        problems.add(r.error);
        return;
      }
      Node root = r.root;
      if (!root.is(Type.ARRAY)) {
        String raw = root.span.text(value);
        String suggestion = null;
        String extra = "";
        if (root.is(Type.OBJECT)) {
          suggestion = "[" + raw + "]";
          extra = "; a bare object is rejected, wrap it in [ ]";
        } else if (root.is(Type.STRING) && !root.text.isEmpty() && !isJsonForm(root.text)) {
          suggestion = root.text;
          extra = "; use the text form without quotes or [{\"name\": ...}]";
        }
        add(root.span, Kind.TYPE, "the JSON form must be an array of objects, got "
            + root.describe() + extra, suggestion);
        return;
      }
      for (Node item : root.items) {
        if (item.is(Type.OBJECT)) {
          parseElement(item);
        } else if (item.is(Type.STRING)) {
          add(item.span, Kind.TYPE, "each element must be an object, got a string",
              "{\"name\": " + item.span.text(value) + "}");
        } else if (item.is(Type.NULL)) {
          add(item.span, Kind.TYPE, "each element must be an object, got null (Multus"
              + " dereferences it and fails)", null);
        } else {
          add(item.span, Kind.TYPE, "each element must be an object, got " + item.describe());
        }
      }
    }

    /** Mutable collector for one element. */
    private final class Element {
      String name;
      String namespace;
      String iface;
      List<String> ips = new ArrayList<>();
      String mac;
      List<String> defaultRoute;
      String guid;
      String interfaceRequest;
      String deviceId;
      String claim;
      boolean portMappings;
      boolean bandwidth;
      boolean cniArgs;
      boolean sawName;
      Map<String, Span> keySpans = new LinkedHashMap<>();
      Map<String, Span> valueSpans = new LinkedHashMap<>();
      List<String> unknown = new ArrayList<>();
      List<String> extensions = new ArrayList<>();
    }

    private void parseElement(Node obj) {
      Element e = new Element();
      Map<String, Span> seen = new HashMap<>();
      for (Member m : obj.members) {
        String canonical = JsonKeys.resolve(m.key, KNOWN_KEYS);
        String dupKey = (canonical != null ? canonical : m.key).toLowerCase(Locale.ROOT);
        Span previous = seen.put(dupKey, m.keySpan);
        if (previous != null) {
          add(m.keySpan, Kind.DUPLICATE_KEY, "duplicate key " + JsonKeys.quote(m.key)
              + ": Go's decoder keeps this last occurrence and ignores the one at offset "
              + previous.start());
        }
        if (canonical == null) {
          if (m.key.indexOf('.') >= 0) {
            e.extensions.add(m.key);
          } else {
            unknownKey(e, m);
          }
          e.keySpans.put(m.key, m.keySpan);
          e.valueSpans.put(m.key, m.value.span);
          continue;
        }
        if (!canonical.equals(m.key)) {
          add(m.keySpan, Kind.PORTABILITY, "key " + JsonKeys.quote(m.key) + " only works"
              + " because Go's JSON decoder matches keys case-insensitively; the spec key is "
              + JsonKeys.quote(canonical), JsonKeys.quote(canonical));
        }
        e.keySpans.put(canonical, m.keySpan);
        e.valueSpans.put(canonical, m.value.span);
        applyKey(e, canonical, m);
      }
      if (!e.sawName) {
        String hint = "";
        for (String u : e.unknown) {
          if ("name".equals(suggestKey(u).orElse(null))) {
            hint = " (" + JsonKeys.quote(u) + " is not recognised as the name)";
          }
        }
        add(obj.span, Kind.REQUIRED, "missing required key \"name\"" + hint);
      }
      if (e.claim != null && e.keySpans.containsKey("ips")) {
        add(e.keySpans.get("ipam-claim-reference"), Kind.CONFLICT,
            "\"ipam-claim-reference\" must not be combined with \"ips\"");
      }
      if (e.interfaceRequest != null && e.iface != null) {
        add(e.keySpans.get("interfaceRequest"), Kind.CONFLICT, "\"interfaceRequest\" is ignored"
            + " because \"interface\" is also set", null);
      }
      String effective = e.namespace != null ? e.namespace : defaultNs;
      elements.add(new NetworkSelection(e.name, e.namespace, effective, e.iface, e.ips, e.mac,
          e.defaultRoute, e.guid, e.interfaceRequest, e.deviceId, e.claim, e.portMappings,
          e.bandwidth, e.cniArgs, e.keySpans, e.valueSpans, obj.span, e.unknown, e.extensions));
    }

    private void unknownKey(Element e, Member m) {
      e.unknown.add(m.key);
      Optional<String> s = suggestKey(m.key);
      String msg = "unknown key " + JsonKeys.quote(m.key) + " is silently ignored by Multus";
      if (s.isPresent()) {
        String target = s.get();
        msg += "; did you mean " + JsonKeys.quote(target) + "?";
        if (target.equals("default-route")) {
          msg += " A per-attachment default gateway is requested with \"default-route\":"
              + " [\"<gateway IP>\"]";
        } else if (target.equals("ips")) {
          msg += " Static addresses are requested with \"ips\": [\"<IP or CIDR>\", ...]";
        }
        add(m.keySpan, Kind.UNKNOWN_KEY, msg, JsonKeys.quote(target));
      } else {
        add(m.keySpan, Kind.UNKNOWN_KEY, msg + " (vendor extensions must use a reverse-DNS key"
            + " containing '.')");
      }
    }

    private void applyKey(Element e, String key, Member m) {
      Node v = m.value;
      switch (key) {
        case "name":
          e.sawName = true;
          e.name = nameValue(v);
          break;
        case "namespace":
          e.namespace = namespaceValue(v);
          break;
        case "interface":
          e.iface = ifnameValue(v, "interface");
          break;
        case "interfaceRequest": {
          String suggestion = e.keySpans.containsKey("interface") ? null : "\"interface\"";
          add(m.keySpan, Kind.DEPRECATED_KEY, "\"interfaceRequest\" is deprecated (Multus < 3.2"
              + " compatibility); use \"interface\"", suggestion);
          e.interfaceRequest = ifnameValue(v, "interfaceRequest");
          break;
        }
        case "ips":
          e.ips = ipsValue(v);
          break;
        case "mac":
          e.mac = macValue(v);
          break;
        case "infiniband-guid":
          e.guid = guidValue(v);
          break;
        case "default-route":
          e.defaultRoute = defaultRouteValue(v);
          break;
        case "portMappings":
          e.portMappings = portMappingsValue(v);
          break;
        case "bandwidth":
          e.bandwidth = bandwidthValue(v);
          break;
        case "cni-args":
          if (v.is(Type.OBJECT)) {
            e.cniArgs = true;
          } else if (!v.is(Type.NULL)) {
            add(v.span, Kind.TYPE, "\"cni-args\" must be an object, got " + v.describe());
          }
          break;
        case "ipam-claim-reference":
          e.claim = claimValue(v);
          break;
        case "deviceID":
          e.deviceId = stringValue(v, "deviceID");
          break;
        default:
          throw new IllegalStateException(key);
      }
    }

    /** String value, null for null/""; TYPE problem for other types. */
    private String stringValue(Node v, String key) {
      if (v.is(Type.STRING)) {
        return v.text.isEmpty() ? null : v.text;
      }
      if (!v.is(Type.NULL)) {
        add(v.span, Kind.TYPE, JsonKeys.quote(key) + " must be a string, got " + v.describe(),
            v.is(Type.NUMBER) || v.is(Type.BOOLEAN) ? JsonKeys.quote(v.text) : null);
      }
      return null;
    }

    private String nameValue(Node v) {
      if (v.is(Type.NULL) || (v.is(Type.STRING) && v.text.isEmpty())) {
        add(v.span, Kind.REQUIRED, "\"name\" must be a non-empty NetworkAttachmentDefinition"
            + " name");
        return null;
      }
      String name = stringValue(v, "name");
      if (name != null && !Names.isDns1123Subdomain(name)) {
        String fixed = toSubdomain(name);
        add(v.span, Kind.INVALID_VALUE, "\"name\" '" + name + "' is not a valid"
            + " NetworkAttachmentDefinition name (DNS-1123 subdomain: lower case alphanumerics,"
            + " '-' and '.')", fixed == null ? null : JsonKeys.quote(fixed));
      }
      return name;
    }

    private String namespaceValue(Node v) {
      if (v.is(Type.STRING) && v.text.isEmpty()) {
        add(v.span, Kind.STYLE, "empty \"namespace\" has no effect: the default namespace is"
            + " used");
        return null;
      }
      String ns = stringValue(v, "namespace");
      if (ns != null && !Names.isDns1123Label(ns)) {
        String fixed = Names.toLabel(ns);
        add(v.span, Kind.INVALID_VALUE, "\"namespace\" '" + ns + "' is not a valid namespace"
            + " name (DNS-1123 label, at most 63 characters)",
            fixed == null || fixed.equals(ns) ? null : JsonKeys.quote(fixed));
      }
      return ns;
    }

    private String ifnameValue(Node v, String key) {
      if (v.is(Type.STRING) && v.text.isEmpty()) {
        add(v.span, Kind.STYLE, "empty " + JsonKeys.quote(key) + " has no effect: an automatic"
            + " name (net<N>) is used");
        return null;
      }
      String s = stringValue(v, key);
      if (s != null) {
        String err = Names.linuxIfnameError(s);
        if (err != null) {
          add(v.span, Kind.INVALID_VALUE, err + " (Linux dev_valid_name / CNI"
              + " ValidateInterfaceName)");
        }
      }
      return s;
    }

    private List<String> ipsValue(Node v) {
      List<String> out = new ArrayList<>();
      if (v.is(Type.NULL)) {
        return out;
      }
      if (v.is(Type.STRING)) {
        out.add(v.text);
        add(v.span, Kind.TYPE, "\"ips\" must be an array of strings, got a string (Go cannot"
            + " unmarshal a string into []string)", "[" + v.span.text(value) + "]");
        return out;
      }
      if (!v.is(Type.ARRAY)) {
        add(v.span, Kind.TYPE, "\"ips\" must be an array of IP/CIDR strings, got "
            + v.describe());
        return out;
      }
      if (v.items.isEmpty()) {
        add(v.span, Kind.STYLE, "empty \"ips\" list has no effect");
      }
      for (Node item : v.items) {
        if (item.is(Type.NULL)) {
          out.add("");
          add(item.span, Kind.INVALID_VALUE, "null in \"ips\" decodes to an empty string, which"
              + " is not an IP address");
        } else if (!item.is(Type.STRING)) {
          add(item.span, Kind.TYPE, "\"ips\" entries must be strings, got " + item.describe(),
              null);
        } else {
          out.add(item.text);
          checkIpOrCidr(item);
        }
      }
      return out;
    }

    private void checkIpOrCidr(Node item) {
      String s = item.text;
      if (s.indexOf('/') >= 0) {
        if (!IpLiterals.isCidr(s)) {
          add(item.span, Kind.INVALID_VALUE, "'" + s + "' is not a valid CIDR (failed to parse"
              + " CIDR)" + ipHint(s.substring(0, s.indexOf('/'))));
        }
        return;
      }
      if (!IpLiterals.isIp(s)) {
        add(item.span, Kind.INVALID_VALUE, "'" + s + "' is not an IP address or CIDR (failed to"
            + " parse IP address)" + ipHint(s));
        return;
      }
      add(item.span, Kind.PORTABILITY, "'" + s + "' has no prefix length: Multus accepts a bare"
          + " IP, but the static IPAM plugin requires CIDR notation (e.g. '" + s
          + (s.indexOf(':') >= 0 ? "/64" : "/24") + "')");
    }

    private String ipHint(String s) {
      if (s.isEmpty()) {
        return "";
      }
      if (s.matches("(?i).*[g-z].*") && s.indexOf(':') < 0) {
        return "; hostnames are not resolved, use an IP literal";
      }
      if (s.matches("(\\d+\\.){3}\\d+") && s.matches(".*(^|\\.)0\\d.*")) {
        return "; IPv4 octets must not have leading zeros";
      }
      if (s.indexOf('%') >= 0) {
        return "; IPv6 zones ('%...') are not allowed";
      }
      if (s.startsWith("[")) {
        return "; remove the brackets around the IPv6 address";
      }
      return "";
    }

    private String macValue(Node v) {
      String s = stringValue(v, "mac");
      if (s == null) {
        return null;
      }
      Optional<byte[]> mac = MacAddresses.parse(s);
      if (mac.isEmpty()) {
        String fix = null;
        if (s.matches("[0-9A-Fa-f]{12}")) {
          fix = JsonKeys.quote(s.replaceAll("(..)(?!$)", "$1:").toLowerCase(Locale.ROOT));
        }
        add(v.span, Kind.INVALID_VALUE, "\"mac\" '" + s + "' is not a MAC address (Go"
            + " net.ParseMAC: hex pairs separated by ':' or '-', or dotted groups of four)", fix);
        return s;
      }
      byte[] b = mac.get();
      if (b.length == 6) {
        boolean zero = true;
        for (byte x : b) {
          zero &= x == 0;
        }
        if (zero) {
          add(v.span, Kind.INVALID_VALUE, "\"mac\" is all zeros; the kernel refuses to assign it");
        } else if ((b[0] & 1) != 0) {
          add(v.span, Kind.INVALID_VALUE, "\"mac\" '" + s + "' is a multicast address (lowest bit"
              + " of the first octet set); the kernel refuses to assign it to an interface");
        }
      }
      return s;
    }

    private String guidValue(Node v) {
      String s = stringValue(v, "infiniband-guid");
      if (s == null) {
        return null;
      }
      Optional<byte[]> guid = MacAddresses.parse(s);
      if (guid.isEmpty()) {
        add(v.span, Kind.INVALID_VALUE, "\"infiniband-guid\" '" + s + "' is not parseable by Go"
            + " net.ParseMAC (expected 8 hex pairs, e.g. 24:8a:07:03:00:8d:ae:2f)");
      } else if (guid.get().length != 8) {
        add(v.span, Kind.PORTABILITY, "\"infiniband-guid\" has " + guid.get().length
            + " bytes; Multus accepts it but an InfiniBand GUID is 8 bytes");
      }
      return s;
    }

    private List<String> defaultRouteValue(Node v) {
      if (v.is(Type.NULL)) {
        return null;
      }
      if (v.is(Type.STRING)) {
        String fix = "[" + v.span.text(value) + "]";
        if (IpLiterals.isCidr(v.text)) {
          fix = "[" + JsonKeys.quote(v.text.substring(0, v.text.indexOf('/'))) + "]";
        }
        add(v.span, Kind.TYPE, "\"default-route\" must be an array of gateway IP strings, got a"
            + " string", fix);
        return List.of(v.text);
      }
      if (!v.is(Type.ARRAY)) {
        add(v.span, Kind.TYPE, "\"default-route\" must be an array of gateway IP strings, got "
            + v.describe());
        return null;
      }
      List<String> out = new ArrayList<>();
      for (Node item : v.items) {
        if (item.is(Type.NULL)) {
          out.add("");
          add(item.span, Kind.INVALID_VALUE, "null in \"default-route\" decodes to a nil IP,"
              + " not a gateway");
          continue;
        }
        if (!item.is(Type.STRING)) {
          add(item.span, Kind.TYPE, "\"default-route\" entries must be IP strings, got "
              + item.describe());
          continue;
        }
        String s = item.text;
        out.add(s);
        if (s.isEmpty()) {
          add(item.span, Kind.INVALID_VALUE, "empty string in \"default-route\" decodes to a nil"
              + " IP, not a gateway");
        } else if (IpLiterals.isIp(s)) {
          continue;
        } else if (IpLiterals.isCidr(s)) {
          String ip = s.substring(0, s.indexOf('/'));
          add(item.span, Kind.INVALID_VALUE, "\"default-route\" takes gateway IP addresses, not"
              + " CIDRs: '" + s + "' (net.IP cannot parse a prefix length)", JsonKeys.quote(ip));
        } else {
          add(item.span, Kind.INVALID_VALUE, "'" + s + "' is not a gateway IP address"
              + ipHint(s));
        }
      }
      return out;
    }

    private boolean portMappingsValue(Node v) {
      if (v.is(Type.NULL)) {
        return false;
      }
      if (v.is(Type.OBJECT)) {
        add(v.span, Kind.TYPE, "\"portMappings\" must be an array of objects, got an object",
            "[" + v.span.text(value) + "]");
        return true;
      }
      if (!v.is(Type.ARRAY)) {
        add(v.span, Kind.TYPE, "\"portMappings\" must be an array of objects, got "
            + v.describe());
        return false;
      }
      for (Node entry : v.items) {
        if (!entry.is(Type.OBJECT)) {
          add(entry.span, Kind.TYPE, "\"portMappings\" entries must be objects"
              + " {\"hostPort\": int, \"containerPort\": int}, got " + entry.describe());
          continue;
        }
        Map<String, Node> fields = subObject(entry, PORT_MAPPING_KEYS, PORT_MAPPING_ALIASES,
            "portMappings entry");
        for (String k : List.of("hostPort", "containerPort")) {
          Node f = fields.get(k);
          if (f == null || f.is(Type.NULL)) {
            add(f == null ? entry.span : f.span, Kind.REQUIRED, "portMappings entry needs \""
                + k + "\" (an integer port)");
            continue;
          }
          Long port = intValue(f, k);
          if (port != null && (port < 1 || port > 65535)) {
            add(f.span, Kind.INVALID_VALUE, "\"" + k + "\" " + port + " is not a port number"
                + " (1-65535)");
          }
        }
        Node proto = fields.get("protocol");
        if (proto != null) {
          String p = stringValue(proto, "protocol");
          if (p != null && !p.equalsIgnoreCase("tcp") && !p.equalsIgnoreCase("udp")
              && !p.equalsIgnoreCase("sctp")) {
            add(proto.span, Kind.INVALID_VALUE, "\"protocol\" must be tcp, udp or sctp");
          }
        }
        Node hostIp = fields.get("hostIP");
        if (hostIp != null) {
          String ip = stringValue(hostIp, "hostIP");
          if (ip != null && !IpLiterals.isIp(ip)) {
            add(hostIp.span, Kind.INVALID_VALUE, "\"hostIP\" '" + ip + "' is not an IP address");
          }
        }
      }
      return true;
    }

    private boolean bandwidthValue(Node v) {
      if (v.is(Type.NULL)) {
        return false;
      }
      if (!v.is(Type.OBJECT)) {
        add(v.span, Kind.TYPE, "\"bandwidth\" must be an object {ingressRate, ingressBurst,"
            + " egressRate, egressBurst}, got " + v.describe());
        return false;
      }
      Map<String, Node> fields = subObject(v, BANDWIDTH_KEYS, BANDWIDTH_ALIASES, "bandwidth");
      Map<String, Long> vals = new HashMap<>();
      for (String k : BANDWIDTH_KEYS) {
        Node f = fields.get(k);
        if (f != null && !f.is(Type.NULL)) {
          Long n = intValue(f, k);
          if (n != null && n < 0) {
            add(f.span, Kind.INVALID_VALUE, "\"" + k + "\" must not be negative");
          } else if (n != null) {
            vals.put(k, n);
          }
        }
      }
      for (String dir : List.of("ingress", "egress")) {
        long rate = vals.getOrDefault(dir + "Rate", 0L);
        long burst = vals.getOrDefault(dir + "Burst", 0L);
        if (burst != 0 && rate == 0) {
          Node f = fields.get(dir + "Burst");
          add(f.span, Kind.INVALID_VALUE, "\"" + dir + "Burst\" requires \"" + dir + "Rate\""
              + " (bandwidth plugin: if burst is set, rate must also be set)");
        } else if (rate != 0 && burst == 0) {
          Node f = fields.get(dir + "Rate");
          add(f.span, Kind.INVALID_VALUE, "\"" + dir + "Rate\" requires \"" + dir + "Burst\""
              + " (bandwidth plugin: if rate is set, burst must also be set)");
        }
      }
      if (vals.values().stream().allMatch(x -> x == 0)) {
        add(v.span, Kind.STYLE, "\"bandwidth\" sets no non-zero rate: it has no effect");
      }
      return true;
    }

    /** Resolves keys of a nested object like Go would; reports unknown/duplicate/case keys. */
    private Map<String, Node> subObject(Node obj, List<String> known, Map<String, String> aliases,
        String what) {
      Map<String, Node> out = new LinkedHashMap<>();
      Map<String, Span> seen = new HashMap<>();
      for (Member m : obj.members) {
        String canonical = JsonKeys.resolve(m.key, known);
        Span prev = seen.put((canonical != null ? canonical : m.key).toLowerCase(Locale.ROOT),
            m.keySpan);
        if (prev != null) {
          add(m.keySpan, Kind.DUPLICATE_KEY, "duplicate key " + JsonKeys.quote(m.key)
              + " in " + what + ": the last occurrence wins");
        }
        if (canonical == null) {
          Optional<String> s = JsonKeys.suggest(m.key, known, aliases);
          add(m.keySpan, Kind.UNKNOWN_KEY, "unknown key " + JsonKeys.quote(m.key) + " in " + what
              + " is ignored" + s.map(x -> "; did you mean " + JsonKeys.quote(x) + "?").orElse(""),
              s.map(JsonKeys::quote).orElse(null));
          continue;
        }
        if (!canonical.equals(m.key)) {
          add(m.keySpan, Kind.PORTABILITY, "key " + JsonKeys.quote(m.key) + " only works because"
              + " Go matches keys case-insensitively; the spec key is " + JsonKeys.quote(canonical),
              JsonKeys.quote(canonical));
        }
        out.put(canonical, m.value);
      }
      return out;
    }

    /** Go {@code int}: integral JSON number within 64 bits; TYPE problem otherwise. */
    private Long intValue(Node v, String key) {
      if (v.is(Type.NUMBER)) {
        Long n = v.longValue();
        if (n == null) {
          add(v.span, Kind.TYPE, "\"" + key + "\" must be an integer, got " + v.text);
        }
        return n;
      }
      String fix = v.is(Type.STRING) && v.text.matches("-?\\d{1,18}") ? v.text : null;
      add(v.span, Kind.TYPE, "\"" + key + "\" must be an integer, got " + v.describe(), fix);
      return null;
    }

    private String claimValue(Node v) {
      String s = stringValue(v, "ipam-claim-reference");
      if (s != null && !Names.isDns1123Subdomain(s)) {
        add(v.span, Kind.INVALID_VALUE, "\"ipam-claim-reference\" '" + s + "' is not a valid"
            + " IPAMClaim name (DNS-1123 subdomain)");
      }
      return s;
    }

    private String toSubdomain(String s) {
      String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
          .replaceAll("^[-.]+|[-.]+$", "").replaceAll("\\.[-.]*\\.", ".");
      if (t.length() > Names.DNS1123_SUBDOMAIN_MAX || t.isEmpty() || t.equals(s)
          || !Names.isDns1123Subdomain(t)) {
        return null;
      }
      return t;
    }
  }
}

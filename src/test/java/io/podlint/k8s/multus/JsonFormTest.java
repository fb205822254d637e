package io.podlint.k8s.multus;

import static io.podlint.k8s.multus.TextFormTest.applyFix;
import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.multus.NetworkSelectionResult.Form;
import io.podlint.k8s.multus.ValueProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFormTest {

  private static NetworkSelectionResult parse(String v) {
    return NetworkSelectionParser.parseNetworks(v, "team-a");
  }

  private static ValueProblem only(NetworkSelectionResult r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  private static Span spanOf(String v, String needle) {
    int i = v.indexOf(needle);
    assertThat(i).as("needle %s", needle).isGreaterThanOrEqualTo(0);
    return new Span(i, i + needle.length());
  }

  // --------------------------------------------------------------------------- happy path

  @Test
  void fullValidElement() {
    String v = "[{\"name\":\"macvlan-conf\",\"namespace\":\"ns1\",\"interface\":\"net9\","
        + "\"ips\":[\"10.1.1.5/24\",\"fd00::5/64\"],\"mac\":\"c2:b0:57:49:47:f1\","
        + "\"default-route\":[\"10.1.1.1\"],\"infiniband-guid\":\"24:8a:07:03:00:8d:ae:2f\","
        + "\"portMappings\":[{\"hostPort\":8080,\"containerPort\":80,\"protocol\":\"tcp\"}],"
        + "\"bandwidth\":{\"ingressRate\":1000,\"ingressBurst\":2000},"
        + "\"cni-args\":{\"foo\":\"bar\"},\"deviceID\":\"0000:03:00.1\"}]";
    NetworkSelectionResult r = parse(v);
    assertThat(r.form()).isEqualTo(Form.JSON);
    assertThat(r.problems()).isEmpty();
    NetworkSelection s = r.elements().get(0);
    assertThat(s.name()).isEqualTo("macvlan-conf");
    assertThat(s.namespace()).isEqualTo("ns1");
    assertThat(s.effectiveNamespace()).isEqualTo("ns1");
    assertThat(s.interfaceName()).isEqualTo("net9");
    assertThat(s.ips()).containsExactly("10.1.1.5/24", "fd00::5/64");
    assertThat(s.mac()).isEqualTo("c2:b0:57:49:47:f1");
    assertThat(s.defaultRoute()).containsExactly("10.1.1.1");
    assertThat(s.infinibandGuid()).isEqualTo("24:8a:07:03:00:8d:ae:2f");
    assertThat(s.deviceId()).isEqualTo("0000:03:00.1");
    assertThat(s.hasPortMappings()).isTrue();
    assertThat(s.hasBandwidth()).isTrue();
    assertThat(s.hasCniArgs()).isTrue();
    assertThat(s.unknownKeys()).isEmpty();
    assertThat(s.span()).isEqualTo(new Span(1, v.length() - 1));
    assertThat(s.keySpans().get("name")).isEqualTo(new Span(2, 8));
    assertThat(s.valueSpans().get("name")).isEqualTo(new Span(9, 23));
    assertThat(s.keySpans().get("default-route")).isEqualTo(spanOf(v, "\"default-route\""));
    assertThat(s.valueSpans().get("default-route")).isEqualTo(spanOf(v, "[\"10.1.1.1\"]"));
    assertThat(s.keySpans().keySet()).containsExactly("name", "namespace", "interface", "ips",
        "mac", "default-route", "infiniband-guid", "portMappings", "bandwidth", "cni-args",
        "deviceID");
  }

  @Test
  void minimalElementsAndDefaults() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\"},{\"name\":\"b\",\"namespace\":\"x\"}]");
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements()).extracting(NetworkSelection::effectiveNamespace)
        .containsExactly("team-a", "x");
    NetworkSelection a = r.elements().get(0);
    assertThat(a.ips()).isEmpty();
    assertThat(a.defaultRoute()).isNull();
    assertThat(a.hasPortMappings()).isFalse();
    assertThat(a.requestedInterface()).isNull();
  }

  @Test
  void multiLineJsonKeepsCharOffsets() {
    String v = "[\n  {\n    \"name\": \"a\",\n    \"gateway\": \"10.0.0.1\"\n  }\n]\n";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_KEY);
    assertThat(p.start()).isEqualTo(27);
    assertThat(p.span()).isEqualTo(spanOf(v, "\"gateway\""));
  }

  @Test
  void offsetsAreUtf16CharIndices() {
    String v = "[{\"name\":\"a\",\"org.x/emoji\":\"\uD83D\uDE00\u00e9\",\"gateway\":[]}]";
    ValueProblem p = only(parse(v));
    assertThat(p.span()).isEqualTo(spanOf(v, "\"gateway\""));
    assertThat(p.span().text(v)).isEqualTo("\"gateway\"");
  }

  @Test
  void emptyArrayIsValidAndHasNoElements() {
    NetworkSelectionResult r = parse("[]");
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements()).isEmpty();
  }

  // --------------------------------------------------------------------------- unknown keys

  @Test
  void unknownGatewayKeyPointsAtTheKey() {
    String v = "[{\"name\":\"a\",\"gateway\":[\"10.0.0.1\"]}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_KEY);
    assertThat(p.start()).isEqualTo(13);
    assertThat(p.end()).isEqualTo(22);
    assertThat(p.suggestion()).isEqualTo("\"default-route\"");
    assertThat(p.message()).contains("\"gateway\"").contains("default-route");
    assertThat(applyFix(v, p)).isEqualTo("[{\"name\":\"a\",\"default-route\":[\"10.0.0.1\"]}]");
    NetworkSelection s = r.elements().get(0);
    assertThat(s.unknownKeys()).containsExactly("gateway");
    assertThat(s.unknownKeySpans()).containsEntry("gateway", new Span(13, 22));
    assertThat(s.defaultRoute()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "gateway, default-route", "gateways, default-route", "defaultRoute, default-route",
      "default_route, default-route", "default-gateway, default-route",
      "defaultGateway, default-route", "gw, default-route", "gatway, default-route",
      "ip, ips", "ipAddress, ips", "addresses, ips", "ip_addresses, ips", "ipz, ips",
      "macAddress, mac", "mac-address, mac", "hwaddr, mac", "mac_addr, mac",
      "ifname, interface", "iface, interface", "interfaceName, interface", "intreface, interface",
      "ns, namespace", "namespce, namespace",
      "args, cni-args", "cniArgs, cni-args", "cni_args, cni-args",
      "network, name", "nmae, name",
      "guid, infiniband-guid", "infinibandGuid, infiniband-guid",
      "ports, portMappings", "port_mappings, portMappings",
      "ipamClaimReference, ipam-claim-reference", "bw, bandwidth", "device-id, deviceID"})
  void unknownKeySuggestions(String key, String expected) {
    String v = "[{\"name\":\"a\",\"" + key + "\":1}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = r.problemsOf(Kind.UNKNOWN_KEY).get(0);
    assertThat(p.suggestion()).isEqualTo("\"" + expected + "\"");
    assertThat(p.span()).isEqualTo(spanOf(v, "\"" + key + "\""));
    assertThat(NetworkSelectionParser.suggestKey(key)).contains(expected);
  }

  @Test
  void unrelatedUnknownKeyHasNoSuggestion() {
    ValueProblem p = only(parse("[{\"name\":\"a\",\"foo\":1}]"));
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_KEY);
    assertThat(p.suggestion()).isNull();
    assertThat(p.message()).contains("reverse-DNS");
    assertThat(NetworkSelectionParser.suggestKey("zzzzzz")).isEmpty();
  }

  @Test
  void vendorExtensionKeysAreAllowed() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\",\"org.example.foo\":{\"x\":1}}]");
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements().get(0).extensionKeys()).containsExactly("org.example.foo");
    assertThat(r.elements().get(0).unknownKeys()).isEmpty();
    assertThat(r.elements().get(0).keySpans()).containsKey("org.example.foo");
  }

  @Test
  void escapedKeyIsDecodedAndSpanCoversRawToken() {
    String v = "[{\"name\":\"a\",\"gate\\u0077ay\":[]}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_KEY);
    assertThat(p.message()).contains("\"gateway\"");
    assertThat(p.span()).isEqualTo(spanOf(v, "\"gate\\u0077ay\""));
  }

  @Test
  void caseVariantKeysWorkInGoButArePortabilityProblems() {
    String v = "[{\"Name\":\"a\",\"Interface\":\"net5\",\"IPS\":[\"10.0.0.1/24\"]}]";
    NetworkSelectionResult r = parse(v);
    assertThat(r.problems()).extracting(ValueProblem::kind).containsOnly(Kind.PORTABILITY);
    assertThat(r.problems()).extracting(ValueProblem::suggestion)
        .containsExactly("\"name\"", "\"interface\"", "\"ips\"");
    NetworkSelection s = r.elements().get(0);
    assertThat(s.name()).isEqualTo("a");
    assertThat(s.interfaceName()).isEqualTo("net5");
    assertThat(s.ips()).containsExactly("10.0.0.1/24");
    assertThat(s.keySpans().get("interface")).isEqualTo(spanOf(v, "\"Interface\""));
  }

  @Test
  void duplicateKeysLastWins() {
    String v = "[{\"name\":\"a\",\"name\":\"b\"}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_KEY);
    assertThat(p.span()).isEqualTo(new Span(13, 19));
    assertThat(p.message()).contains("offset 2");
    assertThat(r.elements().get(0).name()).isEqualTo("b");
    assertThat(r.elements().get(0).keySpans().get("name")).isEqualTo(new Span(13, 19));
  }

  @Test
  void duplicateKeysDifferingInCaseAreDuplicatesForGo() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\",\"NAME\":\"b\"}]");
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.DUPLICATE_KEY, Kind.PORTABILITY);
    assertThat(r.elements().get(0).name()).isEqualTo("b");
  }

  // --------------------------------------------------------------------------- structure

  @Test
  void bareObjectIsATypeErrorWithWrapFix() {
    String v = "{\"name\":\"a\"}";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.TYPE);
    assertThat(p.span()).isEqualTo(new Span(0, 12));
    assertThat(p.message()).contains("bare object");
    assertThat(applyFix(v, p)).isEqualTo("[{\"name\":\"a\"}]");
    assertThat(r.elements()).isEmpty();
  }

  @Test
  void quotedTextFormIsATypeError() {
    ValueProblem p = only(parse("\"net1,net2\""));
    assertThat(p.kind()).isEqualTo(Kind.TYPE);
    assertThat(p.suggestion()).isEqualTo("net1,net2");
  }

  @Test
  void nonObjectElements() {
    String v = "[\"net1\", null, 3, {\"name\":\"ok\"}]";
    NetworkSelectionResult r = parse(v);
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.TYPE, Kind.TYPE, Kind.TYPE);
    assertThat(r.problems().get(0).span()).isEqualTo(new Span(1, 7));
    assertThat(r.problems().get(0).suggestion()).isEqualTo("{\"name\": \"net1\"}");
    assertThat(r.problems().get(1).span()).isEqualTo(new Span(9, 13));
    assertThat(r.problems().get(2).span()).isEqualTo(new Span(15, 16));
    assertThat(r.elements()).extracting(NetworkSelection::name).containsExactly("ok");
  }

  // --------------------------------------------------------------------------- syntax errors

  @Test
  void trailingCommaInArray() {
    String v = "[{\"name\":\"a\"},]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.span()).isEqualTo(new Span(14, 15));
    assertThat(r.elements()).isEmpty();
  }

  @Test
  void trailingCommaInObject() {
    ValueProblem p = only(parse("[{\"name\":\"a\",}]"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.start()).isEqualTo(13);
    assertThat(p.end()).isEqualTo(14);
  }

  @Test
  void unquotedKey() {
    ValueProblem p = only(parse("[{name:\"a\"}]"));
    assertThat(p.span()).isEqualTo(new Span(2, 3));
    assertThat(p.message()).startsWith("invalid JSON:");
  }

  @Test
  void singleQuotesGetAHint() {
    ValueProblem p = only(parse("[{'name':'a'}]"));
    assertThat(p.span()).isEqualTo(new Span(2, 3));
    assertThat(p.message()).contains("double quotes");
  }

  @Test
  void unrecognizedTokenCoversTheWholeToken() {
    ValueProblem p = only(parse("[{\"name\": tru}]"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.span()).isEqualTo(new Span(10, 13));
    ValueProblem q = only(parse("[{\"name\":\"a\",\"x\":01}]"));
    assertThat(q.span()).isEqualTo(new Span(17, 19));
  }

  @Test
  void textItemsMixedWithQuotesAreJsonSyntaxErrors() {
    NetworkSelectionResult mixed = parse("net1, \"net2\"");
    assertThat(mixed.form()).isEqualTo(Form.JSON);
    assertThat(only(mixed).span()).isEqualTo(new Span(0, 4));
    NetworkSelectionResult yamlish = parse("[net1, net2]");
    assertThat(only(yamlish).kind()).isEqualTo(Kind.SYNTAX);
    assertThat(only(yamlish).span()).isEqualTo(new Span(1, 5));
  }

  @Test
  void missingColon() {
    ValueProblem p = only(parse("[{\"name\" \"a\"}]"));
    assertThat(p.span()).isEqualTo(new Span(9, 10));
  }

  @Test
  void truncatedJsonPointsAtTheEnd() {
    String v = "[{\"name\":\"a\"}";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.span()).isEqualTo(new Span(13, 13));
    assertThat(only(parse("[\"abc")).span()).isEqualTo(new Span(5, 5));
  }

  @Test
  void dataAfterTopLevelValue() {
    ValueProblem p = only(parse("[{\"name\":\"a\"}] [{\"name\":\"b\"}]"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.span()).isEqualTo(new Span(15, 16));
    assertThat(p.message()).contains("after top-level value");
    ValueProblem q = only(parse("[{\"name\":\"a\"}]]"));
    assertThat(q.span()).isEqualTo(new Span(14, 15));
  }

  @Test
  void missingCommaBetweenElements() {
    ValueProblem p = only(parse("[{\"name\":\"a\"} {\"name\":\"b\"}]"));
    assertThat(p.span()).isEqualTo(new Span(14, 15));
  }

  @Test
  void controlCharacterInString() {
    ValueProblem p = only(parse("[{\"name\":\"a\tb\"}]"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.start()).isEqualTo(11);
  }

  // --------------------------------------------------------------------------- name / namespace

  @Test
  void missingNameIsRequiredOnTheElement() {
    String v = "[{\"namespace\":\"x\"}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.REQUIRED);
    assertThat(p.span()).isEqualTo(new Span(1, 18));
  }

  @Test
  void missingNameMentionsLookAlike() {
    NetworkSelectionResult r = parse("[{\"network\":\"x\"}]");
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.REQUIRED, Kind.UNKNOWN_KEY);
    assertThat(r.problems().get(0).message()).contains("\"network\"");
  }

  @Test
  void nameTypeAndEmptiness() {
    assertThat(only(parse("[{\"name\":5}]")).kind()).isEqualTo(Kind.TYPE);
    assertThat(only(parse("[{\"name\":5}]")).span()).isEqualTo(new Span(9, 10));
    assertThat(only(parse("[{\"name\":\"\"}]")).kind()).isEqualTo(Kind.REQUIRED);
    assertThat(only(parse("[{\"name\":null}]")).kind()).isEqualTo(Kind.REQUIRED);
  }

  @Test
  void invalidNameGetsSubdomainSuggestion() {
    String v = "[{\"name\":\"My_Net.v1\"}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(new Span(9, 20));
    assertThat(p.suggestion()).isEqualTo("\"my-net.v1\"");
    assertThat(parse("[{\"name\":\"my.nad\"}]").problems()).isEmpty();
  }

  @Test
  void namespaceChecks() {
    NetworkSelectionResult empty = parse("[{\"name\":\"a\",\"namespace\":\"\"}]");
    assertThat(only(empty).kind()).isEqualTo(Kind.STYLE);
    assertThat(empty.elements().get(0).namespace()).isNull();
    assertThat(empty.elements().get(0).effectiveNamespace()).isEqualTo("team-a");
    ValueProblem bad = only(parse("[{\"name\":\"a\",\"namespace\":\"Kube_System\"}]"));
    assertThat(bad.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(bad.suggestion()).isEqualTo("\"kube-system\"");
    assertThat(parse("[{\"name\":\"a\",\"namespace\":null}]").problems()).isEmpty();
    assertThat(only(parse("[{\"name\":\"a\",\"namespace\":[]}]")).kind()).isEqualTo(Kind.TYPE);
  }

  // --------------------------------------------------------------------------- interface

  @Test
  void interfaceValidation() {
    String v = "[{\"name\":\"a\",\"interface\":\"averyveryverylongname\"}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(spanOf(v, "\"averyveryverylongname\""));
    assertThat(only(parse("[{\"name\":\"a\",\"interface\":\"eth:1\"}]")).kind())
        .isEqualTo(Kind.INVALID_VALUE);
    assertThat(only(parse("[{\"name\":\"a\",\"interface\":\"a/b\"}]")).kind())
        .isEqualTo(Kind.INVALID_VALUE);
    assertThat(only(parse("[{\"name\":\"a\",\"interface\":\"..\"}]")).kind())
        .isEqualTo(Kind.INVALID_VALUE);
    assertThat(only(parse("[{\"name\":\"a\",\"interface\":\"my if\"}]")).kind())
        .isEqualTo(Kind.INVALID_VALUE);
    // JSON form: only the Linux rule applies (no DNS-label portability rule)
    assertThat(parse("[{\"name\":\"a\",\"interface\":\"My_If.1\"}]").problems()).isEmpty();
    assertThat(only(parse("[{\"name\":\"a\",\"interface\":\"\"}]")).kind())
        .isEqualTo(Kind.STYLE);
  }

  @Test
  void interfaceRequestIsDeprecated() {
    String v = "[{\"name\":\"a\",\"interfaceRequest\":\"net7\"}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.DEPRECATED_KEY);
    assertThat(p.span()).isEqualTo(new Span(13, 31));
    assertThat(p.suggestion()).isEqualTo("\"interface\"");
    NetworkSelection s = r.elements().get(0);
    assertThat(s.interfaceName()).isNull();
    assertThat(s.interfaceRequest()).isEqualTo("net7");
    assertThat(s.requestedInterface()).isEqualTo("net7");
  }

  @Test
  void interfaceRequestIgnoredWhenInterfaceSet() {
    NetworkSelectionResult r =
        parse("[{\"name\":\"a\",\"interface\":\"x1\",\"interfaceRequest\":\"x2\"}]");
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.DEPRECATED_KEY, Kind.CONFLICT);
    assertThat(r.problems().get(0).suggestion()).isNull();
    assertThat(r.elements().get(0).requestedInterface()).isEqualTo("x1");
  }

  // --------------------------------------------------------------------------- ips

  @Test
  void ipsAsPlainStringIsATypeErrorWithArrayFix() {
    String v = "[{\"name\":\"a\",\"ips\":\"10.1.1.5/24\"}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.TYPE);
    assertThat(p.span()).isEqualTo(new Span(19, 32));
    assertThat(p.suggestion()).isEqualTo("[\"10.1.1.5/24\"]");
    assertThat(applyFix(v, p)).isEqualTo("[{\"name\":\"a\",\"ips\":[\"10.1.1.5/24\"]}]");
    assertThat(r.elements().get(0).ips()).containsExactly("10.1.1.5/24");
  }

  @Test
  void ipsEntries() {
    String v = "[{\"name\":\"a\",\"ips\":[\"10.1.1.5/24\",\"node1.example.com\",\"010.1.1.1/24\","
        + "\"10.1.1.7\",\"10.1.1.5/33\",5,null]}]";
    NetworkSelectionResult r = parse(v);
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.INVALID_VALUE, Kind.INVALID_VALUE,
        Kind.PORTABILITY, Kind.INVALID_VALUE, Kind.TYPE, Kind.INVALID_VALUE);
    assertThat(r.problems().get(0).span()).isEqualTo(spanOf(v, "\"node1.example.com\""));
    assertThat(r.problems().get(0).message()).contains("hostnames are not resolved");
    assertThat(r.problems().get(1).message()).contains("leading zeros");
    assertThat(r.problems().get(2).message()).contains("static IPAM");
    assertThat(r.problems().get(3).span()).isEqualTo(spanOf(v, "\"10.1.1.5/33\""));
    assertThat(r.elements().get(0).ips()).containsExactly("10.1.1.5/24", "node1.example.com",
        "010.1.1.1/24", "10.1.1.7", "10.1.1.5/33", "");
  }

  @Test
  void ipsOtherTypesAndEmpty() {
    assertThat(only(parse("[{\"name\":\"a\",\"ips\":{}}]")).kind()).isEqualTo(Kind.TYPE);
    assertThat(only(parse("[{\"name\":\"a\",\"ips\":[]}]")).kind()).isEqualTo(Kind.STYLE);
    assertThat(parse("[{\"name\":\"a\",\"ips\":null}]").problems()).isEmpty();
  }

  @Test
  void ipamClaimReferenceConflictsWithIps() {
    String v = "[{\"name\":\"a\",\"ips\":[\"10.0.0.1/24\"],\"ipam-claim-reference\":\"c1\"}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(p.span()).isEqualTo(spanOf(v, "\"ipam-claim-reference\""));
    assertThat(parse("[{\"name\":\"a\",\"ipam-claim-reference\":\"c1\"}]").problems()).isEmpty();
    assertThat(parse("[{\"name\":\"a\",\"ipam-claim-reference\":\"c1\"}]").elements().get(0)
        .ipamClaimReference()).isEqualTo("c1");
  }

  // --------------------------------------------------------------------------- mac / guid

  @Test
  void macValidation() {
    String v = "[{\"name\":\"a\",\"mac\":\"c2:b0:57:49:47\"}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(new Span(19, 35));
    ValueProblem noSep = only(parse("[{\"name\":\"a\",\"mac\":\"C2B057494701\"}]"));
    assertThat(noSep.suggestion()).isEqualTo("\"c2:b0:57:49:47:01\"");
    assertThat(only(parse("[{\"name\":\"a\",\"mac\":\"01:00:5e:00:00:01\"}]")).message())
        .contains("multicast");
    assertThat(only(parse("[{\"name\":\"a\",\"mac\":\"00:00:00:00:00:00\"}]")).message())
        .contains("all zeros");
    assertThat(parse("[{\"name\":\"a\",\"mac\":\"0200.5e00.5301\"}]").problems()).isEmpty();
    assertThat(only(parse("[{\"name\":\"a\",\"mac\":1}]")).kind()).isEqualTo(Kind.TYPE);
  }

  @Test
  void infinibandGuid() {
    assertThat(only(parse("[{\"name\":\"a\",\"infiniband-guid\":\"zz\"}]")).kind())
        .isEqualTo(Kind.INVALID_VALUE);
    assertThat(only(parse("[{\"name\":\"a\",\"infiniband-guid\":\"c2:b0:57:49:47:01\"}]"))
        .kind()).isEqualTo(Kind.PORTABILITY);
  }

  // --------------------------------------------------------------------------- default-route

  @Test
  void defaultRouteCidrIsRejectedWithIpSuggestion() {
    String v = "[{\"name\":\"a\",\"default-route\":[\"10.1.1.1/24\"]}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("not CIDRs");
    assertThat(p.span()).isEqualTo(new Span(30, 43));
    assertThat(p.suggestion()).isEqualTo("\"10.1.1.1\"");
  }

  @Test
  void defaultRouteStringIsATypeError() {
    String v = "[{\"name\":\"a\",\"default-route\":\"10.1.1.1\"}]";
    NetworkSelectionResult r = parse(v);
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.TYPE);
    assertThat(applyFix(v, p)).isEqualTo("[{\"name\":\"a\",\"default-route\":[\"10.1.1.1\"]}]");
    assertThat(r.elements().get(0).defaultRoute()).containsExactly("10.1.1.1");
    ValueProblem cidr = only(parse("[{\"name\":\"a\",\"default-route\":\"10.1.1.1/24\"}]"));
    assertThat(cidr.suggestion()).isEqualTo("[\"10.1.1.1\"]");
  }

  @Test
  void defaultRouteEntries() {
    NetworkSelectionResult r = parse(
        "[{\"name\":\"a\",\"default-route\":[\"gw.example.com\",\"\",null,1,\"fd00::1\"]}]");
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.INVALID_VALUE, Kind.INVALID_VALUE,
        Kind.INVALID_VALUE, Kind.TYPE);
    NetworkSelection s = r.elements().get(0);
    assertThat(s.defaultRoute()).containsExactly("gw.example.com", "", "", "fd00::1");
    NetworkSelectionResult empty = parse("[{\"name\":\"a\",\"default-route\":[]}]");
    assertThat(empty.problems()).isEmpty();
    assertThat(empty.elements().get(0).defaultRoute()).isEmpty();
    assertThat(empty.elements().get(0).hasDefaultRoute()).isTrue();
    NetworkSelectionResult nul = parse("[{\"name\":\"a\",\"default-route\":null}]");
    assertThat(nul.elements().get(0).hasDefaultRoute()).isFalse();
    assertThat(only(parse("[{\"name\":\"a\",\"default-route\":{}}]")).kind())
        .isEqualTo(Kind.TYPE);
  }

  // --------------------------------------------------------------------------- portMappings

  @Test
  void portMappings() {
    String v = "[{\"name\":\"a\",\"portMappings\":[{\"hostPort\":\"8080\",\"containerPort\":80.5},"
        + "{\"hostPort\":70000,\"port\":80,\"protocol\":\"icmp\",\"hostIP\":\"host\"},3]}]";
    NetworkSelectionResult r = parse(v);
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.TYPE, Kind.TYPE, Kind.REQUIRED,
        Kind.INVALID_VALUE, Kind.UNKNOWN_KEY, Kind.INVALID_VALUE, Kind.INVALID_VALUE, Kind.TYPE);
    List<ValueProblem> ps = r.problems();
    assertThat(ps.get(0).span()).isEqualTo(spanOf(v, "\"8080\""));
    assertThat(ps.get(0).suggestion()).isEqualTo("8080");
    assertThat(ps.get(1).span()).isEqualTo(spanOf(v, "80.5"));
    assertThat(ps.get(2).message()).contains("containerPort");
    assertThat(ps.get(2).span().start()).isEqualTo(v.indexOf("{\"hostPort\":70000"));
    assertThat(ps.get(4).suggestion()).isEqualTo("\"containerPort\"");
    assertThat(r.elements().get(0).hasPortMappings()).isTrue();
  }

  @Test
  void portMappingsValid() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\",\"portMappings\":[{\"hostPort\":8080,"
        + "\"containerPort\":80,\"protocol\":\"UDP\",\"hostIP\":\"0.0.0.0\"}]}]");
    assertThat(r.problems()).isEmpty();
    assertThat(only(parse("[{\"name\":\"a\",\"portMappings\":{\"hostPort\":1,"
        + "\"containerPort\":2}}]")).kind()).isEqualTo(Kind.TYPE);
  }

  // --------------------------------------------------------------------------- bandwidth

  @Test
  void bandwidthBurstRequiresRate() {
    String v = "[{\"name\":\"a\",\"bandwidth\":{\"ingressBurst\":1000}}]";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("requires \"ingressRate\"");
    assertThat(p.span()).isEqualTo(spanOf(v, "1000"));
  }

  @Test
  void bandwidthRateRequiresBurstAndTypes() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\",\"bandwidth\":{\"egressRate\":10,"
        + "\"ingressRate\":-1,\"ingressBurst\":\"x\",\"egress_burst\":3}}]");
    assertThat(TextFormTest.kinds(r)).containsExactly(Kind.INVALID_VALUE, Kind.INVALID_VALUE,
        Kind.TYPE, Kind.UNKNOWN_KEY);
    assertThat(r.problems().get(0).message()).contains("burst must also be set");
    assertThat(r.problems().get(3).suggestion()).isEqualTo("\"egressBurst\"");
    assertThat(only(parse("[{\"name\":\"a\",\"bandwidth\":[]}]")).kind()).isEqualTo(Kind.TYPE);
    assertThat(only(parse("[{\"name\":\"a\",\"bandwidth\":{}}]")).kind()).isEqualTo(Kind.STYLE);
  }

  // --------------------------------------------------------------------------- cni-args

  @Test
  void cniArgs() {
    assertThat(parse("[{\"name\":\"a\",\"cni-args\":{\"k\":[1]}}]").elements().get(0)
        .hasCniArgs()).isTrue();
    assertThat(only(parse("[{\"name\":\"a\",\"cni-args\":\"k=v\"}]")).kind()).isEqualTo(Kind.TYPE);
    assertThat(parse("[{\"name\":\"a\",\"cni-args\":null}]").elements().get(0).hasCniArgs())
        .isFalse();
  }

  // --------------------------------------------------------------------------- default network

  @Test
  void defaultNetworkNamespaceAndCardinality() {
    NetworkSelectionResult one = NetworkSelectionParser.parseDefaultNetwork("calico", "app", null);
    assertThat(one.problems()).isEmpty();
    assertThat(one.elements().get(0).effectiveNamespace()).isEqualTo("kube-system");
    NetworkSelectionResult custom =
        NetworkSelectionParser.parseDefaultNetwork("[{\"name\":\"x\"}]", "app", "multus");
    assertThat(custom.elements().get(0).effectiveNamespace()).isEqualTo("multus");

    NetworkSelectionResult two = NetworkSelectionParser.parseDefaultNetwork("a, b,c", "app", null);
    ValueProblem p = only(two);
    assertThat(p.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(p.message()).contains("more than one default network is specified");
    assertThat(p.span()).isEqualTo(new Span(3, 6));

    assertThat(only(NetworkSelectionParser.parseDefaultNetwork("[]", "app", null)).kind())
        .isEqualTo(Kind.REQUIRED);
    ValueProblem empty = only(NetworkSelectionParser.parseDefaultNetwork("", "app", null));
    assertThat(empty.message()).contains("fails");
  }

  @Test
  void resultHelpers() {
    NetworkSelectionResult r = parse("[{\"name\":\"a\",\"gateway\":1,\"ip\":2}]");
    assertThat(r.hasProblem()).isTrue();
    assertThat(r.hasProblem(Kind.UNKNOWN_KEY)).isTrue();
    assertThat(r.hasProblem(Kind.SYNTAX, Kind.TYPE)).isFalse();
    assertThat(r.problemsOf(Kind.UNKNOWN_KEY)).hasSize(2);
  }
}

package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.multus.IpLiterals.Family;
import io.podlint.k8s.multus.ValueProblem.Kind;
import org.junit.jupiter.api.Test;

class NetworkPlanTest {

  private static NetworkPlan plan(String v) {
    NetworkSelectionResult r = NetworkSelectionParser.parseNetworks(v, "ns");
    return NetworkPlan.of(r);
  }

  @Test
  void automaticNamesUseDelegatePosition() {
    NetworkPlan p = plan("a,b@data,c");
    assertThat(p.interfaceNames()).containsExactly("net1", "data", "net3");
    assertThat(p.attachments()).extracting(NetworkPlan.Attachment::automatic)
        .containsExactly(true, false, true);
    assertThat(p.attachments()).extracting(NetworkPlan.Attachment::position)
        .containsExactly(0, 1, 2);
    assertThat(p.problems()).isEmpty();
    assertThat(p.defaultRouteInterface()).isEqualTo("eth0");
    assertThat(p.filtersDefaultGateways()).isFalse();
    assertThat(p.defaultRouteInterface(Family.IPV4)).contains("eth0");
    assertThat(p.defaultRouteInterface(Family.IPV6)).contains("eth0");
  }

  @Test
  void clusterWideDefaultNetworksShiftNumbering() {
    NetworkSelectionResult r = NetworkSelectionParser.parseNetworks("a,b", "ns");
    assertThat(NetworkPlan.of(r.elements(), 2).interfaceNames()).containsExactly("net2", "net3");
  }

  @Test
  void deprecatedInterfaceRequestNamesTheInterface() {
    NetworkPlan p = plan("[{\"name\":\"a\",\"interfaceRequest\":\"legacy0\"},{\"name\":\"b\"}]");
    assertThat(p.interfaceNames()).containsExactly("legacy0", "net2");
  }

  @Test
  void duplicateExplicitNames() {
    String v = "[{\"name\":\"a\",\"interface\":\"data\"},{\"name\":\"b\",\"interface\":\"data\"}]";
    NetworkPlan p = plan(v);
    assertThat(p.duplicateInterfaceNames()).containsOnlyKeys("data");
    assertThat(p.duplicateInterfaceNames().get("data")).hasSize(2);
    assertThat(p.problems()).hasSize(1);
    ValueProblem prob = p.problems().get(0);
    assertThat(prob.kind()).isEqualTo(Kind.CONFLICT);
    int second = v.lastIndexOf("\"data\"");
    assertThat(prob.span()).isEqualTo(new Span(second, second + 6));
    assertThat(prob.message()).contains("already exists");
  }

  @Test
  void duplicateInTextForm() {
    NetworkPlan p = plan("a@x,b@x");
    assertThat(p.problems()).hasSize(1);
    assertThat(p.problems().get(0).span()).isEqualTo(new Span(6, 7));
  }

  @Test
  void eth0Requested() {
    NetworkPlan p = plan("net-a@eth0");
    assertThat(p.eth0Requests()).hasSize(1);
    assertThat(p.problems()).hasSize(1);
    assertThat(p.problems().get(0).span()).isEqualTo(new Span(6, 10));
    assertThat(p.problems().get(0).message()).contains("cluster network");
  }

  @Test
  void explicitNameClashingWithAutomaticName() {
    String v = "[{\"name\":\"a\",\"interface\":\"net2\"},{\"name\":\"b\"}]";
    NetworkPlan p = plan(v);
    assertThat(p.interfaceNames()).containsExactly("net2", "net2");
    assertThat(p.autoNameClashes()).hasSize(1);
    assertThat(p.autoNameClashes().get(0).explicit().position()).isZero();
    assertThat(p.autoNameClashes().get(0).automatic().position()).isEqualTo(1);
    assertThat(p.duplicateInterfaceNames()).isEmpty();
    assertThat(p.problems()).hasSize(1);
    assertThat(p.problems().get(0).span()).isEqualTo(new Span(25, 31));
  }

  @Test
  void explicitNameEqualToOwnAutomaticNameIsFine() {
    NetworkPlan p = plan("a@net1,b");
    assertThat(p.interfaceNames()).containsExactly("net1", "net2");
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void laterExplicitNameClashesWithEarlierAutomaticName() {
    NetworkPlan p = plan("a,b@net1");
    assertThat(p.autoNameClashes()).hasSize(1);
    assertThat(p.problems().get(0).span()).isEqualTo(new Span(4, 8));
  }

  @Test
  void defaultRouteMovesToCarrier() {
    NetworkPlan p = plan("[{\"name\":\"a\"},{\"name\":\"b\",\"default-route\":[\"10.0.0.1\"]}]");
    assertThat(p.problems()).isEmpty();
    assertThat(p.defaultRouteInterface()).isEqualTo("net2");
    assertThat(p.filtersDefaultGateways()).isTrue();
    assertThat(p.defaultRouteInterface(Family.IPV4)).contains("net2");
    assertThat(p.defaultRouteInterface(Family.IPV6)).isEmpty();
    assertThat(p.gateways(Family.IPV4)).containsExactly("10.0.0.1");
    assertThat(p.hasEcmpDefaultRoute()).isFalse();
  }

  @Test
  void emptyDefaultRouteRemovesAllDefaultRoutes() {
    NetworkPlan p = plan("[{\"name\":\"a\",\"interface\":\"x\",\"default-route\":[]}]");
    assertThat(p.defaultRouteInterface()).isEqualTo("x");
    assertThat(p.defaultRouteInterface(Family.IPV4)).isEmpty();
    assertThat(p.defaultRouteInterface(Family.IPV6)).isEmpty();
  }

  @Test
  void twoCarriersDifferentFamiliesIsSpecViolationOnly() {
    String v = "[{\"name\":\"a\",\"default-route\":[\"10.0.0.1\"]},"
        + "{\"name\":\"b\",\"default-route\":[\"fd00::1\"]}]";
    NetworkPlan p = plan(v);
    assertThat(p.hasMultipleDefaultRouteElements()).isTrue();
    assertThat(p.hasEcmpDefaultRoute()).isFalse();
    assertThat(p.problems()).extracting(ValueProblem::kind).containsExactly(Kind.PORTABILITY);
    int i = v.indexOf("[\"fd00::1\"]");
    assertThat(p.problems().get(0).span()).isEqualTo(new Span(i, i + 11));
    assertThat(p.defaultRouteInterface(Family.IPV4)).contains("net1");
    assertThat(p.defaultRouteInterface(Family.IPV6)).contains("net2");
  }

  @Test
  void ecmpAcrossElements() {
    String v = "[{\"name\":\"a\",\"default-route\":[\"10.0.0.1\"]},"
        + "{\"name\":\"b\",\"default-route\":[\"10.0.1.1\"]}]";
    NetworkPlan p = plan(v);
    assertThat(p.hasEcmpDefaultRoute()).isTrue();
    assertThat(p.problems()).extracting(ValueProblem::kind)
        .containsExactly(Kind.PORTABILITY, Kind.CONFLICT);
    assertThat(p.problems().get(1).message())
        .contains("multus does not support ECMP for default-route");
    int i = v.indexOf("[\"10.0.1.1\"]");
    assertThat(p.problems().get(1).start()).isEqualTo(i);
  }

  @Test
  void ecmpWithinOneElementAndMappedAddresses() {
    NetworkPlan p = plan("[{\"name\":\"a\",\"default-route\":[\"10.0.0.1\",\"::ffff:10.0.0.2\"]}]");
    assertThat(p.gateways(Family.IPV4)).hasSize(2);
    assertThat(p.hasEcmpDefaultRoute()).isTrue();
    assertThat(p.problems()).extracting(ValueProblem::kind).containsExactly(Kind.CONFLICT);
    NetworkPlan dual = plan("[{\"name\":\"a\",\"default-route\":[\"10.0.0.1\",\"fd00::1\"]}]");
    assertThat(dual.hasEcmpDefaultRoute()).isFalse();
    assertThat(dual.problems()).isEmpty();
  }

  @Test
  void invalidGatewaysAreIgnoredByThePlan() {
    NetworkPlan p = plan("[{\"name\":\"a\",\"default-route\":[\"10.0.0.1/24\",\"10.0.0.2\"]}]");
    assertThat(p.gateways(Family.IPV4)).containsExactly("10.0.0.2");
    assertThat(p.hasEcmpDefaultRoute()).isFalse();
  }
}

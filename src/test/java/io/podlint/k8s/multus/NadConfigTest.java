package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.multus.ValueProblem.Kind;
import org.junit.jupiter.api.Test;

class NadConfigTest {

  private static ValueProblem only(NadConfig c) {
    assertThat(c.problems()).hasSize(1);
    return c.problems().get(0);
  }

  private static Span spanOf(String v, String needle) {
    int i = v.indexOf(needle);
    assertThat(i).isGreaterThanOrEqualTo(0);
    return new Span(i, i + needle.length());
  }

  @Test
  void singleMacvlanConfig() {
    String cfg = "{ \"cniVersion\": \"0.3.1\", \"name\": \"macvlan-conf\", \"type\": \"macvlan\","
        + " \"master\": \"eth1\", \"mode\": \"bridge\", \"capabilities\": {\"ips\": true},"
        + " \"ipam\": { \"type\": \"static\", \"routes\": [{\"dst\": \"10.10.0.0/16\","
        + " \"gw\": \"10.1.1.1\"}] } }";
    NadConfig c = NadConfig.parse(cfg);
    assertThat(c.problems()).isEmpty();
    assertThat(c.isConflist()).isFalse();
    assertThat(c.name()).isEqualTo("macvlan-conf");
    assertThat(c.cniVersion()).isEqualTo("0.3.1");
    assertThat(c.types()).containsExactly("macvlan");
    NadConfig.Plugin p = c.plugins().get(0);
    assertThat(p.master()).isEqualTo("eth1");
    assertThat(p.mode()).isEqualTo("bridge");
    assertThat(p.ipamType()).isEqualTo("static");
    assertThat(p.routes()).hasSize(1);
    assertThat(p.routes().get(0).isDefault()).isFalse();
    assertThat(p.routes().get(0).gw()).isEqualTo("10.1.1.1");
    assertThat(c.hasCapability("ips")).isTrue();
    assertThat(c.hasCapability("mac")).isFalse();
    assertThat(c.installsDefaultRoute()).isFalse();
    assertThat(c.usesDhcp()).isFalse();
    assertThat(c.pluginsMissingMaster()).isEmpty();
    assertThat(p.span()).isEqualTo(new Span(0, cfg.length()));
  }

  @Test
  void conflistWithTuningMacCapability() {
    String cfg = "{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"plugins\":["
        + "{\"type\":\"macvlan\",\"master\":\"ens3\",\"ipam\":{\"type\":\"whereabouts\","
        + "\"range\":\"192.168.2.0/24\",\"gateway\":\"192.168.2.1\"}},"
        + "{\"type\":\"tuning\",\"capabilities\":{\"mac\":true,\"ips\":false}},"
        + "{\"type\":\"portmap\",\"capabilities\":{\"portMappings\":true}}]}";
    NadConfig c = NadConfig.parse(cfg);
    assertThat(c.problems()).isEmpty();
    assertThat(c.isConflist()).isTrue();
    assertThat(c.types()).containsExactly("macvlan", "tuning", "portmap");
    assertThat(c.hasCapability("mac")).isTrue();
    assertThat(c.hasCapability("ips")).isFalse();
    assertThat(c.hasCapability("portMappings")).isTrue();
    assertThat(c.plugins().get(0).gateways()).containsExactly("192.168.2.1");
    assertThat(c.plugins().get(1).index()).isEqualTo(1);
    assertThat(c.plugins().get(1).span()).isEqualTo(spanOf(cfg,
        "{\"type\":\"tuning\",\"capabilities\":{\"mac\":true,\"ips\":false}}"));
  }

  @Test
  void missingMasterIsAFactNotAProblem() {
    NadConfig c = NadConfig.parse("{\"type\":\"macvlan\",\"ipam\":{\"type\":\"dhcp\"}}");
    assertThat(c.problems()).isEmpty();
    assertThat(c.pluginsMissingMaster()).hasSize(1);
    assertThat(c.plugins().get(0).masterMissing()).isTrue();
    assertThat(c.usesDhcp()).isTrue();
    assertThat(c.installsDefaultRoute()).isFalse();
    assertThat(c.mayInstallDefaultRoute()).isTrue();
    assertThat(NadConfig.parse("{\"type\":\"ipvlan\",\"master\":\"\"}").pluginsMissingMaster())
        .hasSize(1);
    assertThat(NadConfig.parse("{\"type\":\"bridge\"}").pluginsMissingMaster()).isEmpty();
  }

  @Test
  void defaultRoutes() {
    NadConfig v4 = NadConfig.parse("{\"type\":\"macvlan\",\"master\":\"eth1\",\"ipam\":{"
        + "\"type\":\"host-local\",\"subnet\":\"10.1.0.0/16\",\"gateway\":\"10.1.0.1\","
        + "\"routes\":[{\"dst\":\"0.0.0.0/0\"}]}}");
    assertThat(v4.problems()).isEmpty();
    assertThat(v4.installsDefaultRoute()).isTrue();
    assertThat(v4.plugins().get(0).routes().get(0).isDefault()).isTrue();
    assertThat(v4.plugins().get(0).gateways()).containsExactly("10.1.0.1");
    NadConfig v6 = NadConfig.parse("{\"type\":\"macvlan\",\"ipam\":{\"type\":\"static\","
        + "\"addresses\":[{\"address\":\"fd00::5/64\",\"gateway\":\"fd00::1\"}],"
        + "\"routes\":[{\"dst\":\"::/0\",\"gw\":\"fd00::1\"}]}}");
    assertThat(v6.installsDefaultRoute()).isTrue();
    assertThat(v6.plugins().get(0).gateways()).containsExactly("fd00::1");
    NadConfig bridge = NadConfig.parse("{\"type\":\"bridge\",\"isDefaultGateway\":true}");
    assertThat(bridge.installsDefaultRoute()).isTrue();
    NadConfig ranges = NadConfig.parse("{\"type\":\"bridge\",\"ipam\":{\"type\":\"host-local\","
        + "\"ranges\":[[{\"subnet\":\"10.2.0.0/24\",\"gateway\":\"10.2.0.254\"}]]}}");
    assertThat(ranges.plugins().get(0).gateways()).containsExactly("10.2.0.254");
    assertThat(ranges.installsDefaultRoute()).isFalse();
  }

  @Test
  void routeProblems() {
    String cfg = "{\"type\":\"macvlan\",\"ipam\":{\"type\":\"static\",\"routes\":["
        + "{\"dst\":\"10.0.0.5\"},{\"dst\":\"0.0.0.0/0\",\"gw\":\"router\"},{\"gw\":\"1.1.1.1\"},"
        + "\"x\"],\"gateway\":\"gw\"}}";
    NadConfig c = NadConfig.parse(cfg);
    assertThat(c.problems()).extracting(ValueProblem::kind).containsExactly(
        Kind.INVALID_VALUE, Kind.INVALID_VALUE, Kind.REQUIRED, Kind.TYPE, Kind.INVALID_VALUE);
    assertThat(c.problems().get(0).span()).isEqualTo(spanOf(cfg, "\"10.0.0.5\""));
    assertThat(c.problems().get(0).suggestion()).isEqualTo("\"10.0.0.5/32\"");
    assertThat(c.problems().get(1).span()).isEqualTo(spanOf(cfg, "\"router\""));
    int gw = cfg.lastIndexOf("\"gw\"");
    assertThat(c.problems().get(4).span()).isEqualTo(new Span(gw, gw + 4));
    assertThat(c.installsDefaultRoute()).isTrue();
    assertThat(NadConfig.parse("{\"type\":\"x\",\"ipam\":{\"routes\":{}}}").problems())
        .extracting(ValueProblem::kind).containsExactly(Kind.TYPE);
  }

  @Test
  void syntaxErrorOffset() {
    String cfg = "{\"type\": \"macvlan\", \"master\": \"eth1\",}";
    ValueProblem p = only(NadConfig.parse(cfg));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.start()).isEqualTo(37);
    assertThat(p.end()).isEqualTo(38);
    assertThat(p.start()).isEqualTo(cfg.lastIndexOf('}'));
    String truncated = "{\"type\": \"macvlan\"";
    ValueProblem eof = only(NadConfig.parse(truncated));
    assertThat(eof.span()).isEqualTo(new Span(18, 18));
    assertThat(eof.start()).isEqualTo(truncated.length());
    assertThat(only(NadConfig.parse("")).kind()).isEqualTo(Kind.SYNTAX);
    assertThat(NadConfig.parse("").plugins()).isEmpty();
  }

  @Test
  void notAnObject() {
    ValueProblem p = only(NadConfig.parse("[{\"type\":\"macvlan\"}]"));
    assertThat(p.kind()).isEqualTo(Kind.TYPE);
    assertThat(p.span()).isEqualTo(new Span(0, 20));
  }

  @Test
  void neitherTypeNorPlugins() {
    String cfg = "{\"cniVersion\":\"0.3.1\",\"name\":\"x\"}";
    ValueProblem p = only(NadConfig.parse(cfg));
    assertThat(p.kind()).isEqualTo(Kind.REQUIRED);
    assertThat(p.message()).contains("no 'type'");
    assertThat(p.span()).isEqualTo(new Span(0, cfg.length()));
    ValueProblem empty = only(NadConfig.parse("{\"type\":\"\"}"));
    assertThat(empty.kind()).isEqualTo(Kind.REQUIRED);
    assertThat(empty.span()).isEqualTo(new Span(8, 10));
  }

  @Test
  void typeAndPluginsTogether() {
    String cfg = "{\"type\":\"bridge\",\"plugins\":[{\"type\":\"tuning\"}]}";
    NadConfig c = NadConfig.parse(cfg);
    ValueProblem p = only(c);
    assertThat(p.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(p.span()).isEqualTo(new Span(17, 26));
    assertThat(c.isConflist()).isFalse();
    assertThat(c.types()).containsExactly("bridge");
  }

  @Test
  void pluginListProblems() {
    assertThat(only(NadConfig.parse("{\"plugins\":{}}")).kind()).isEqualTo(Kind.TYPE);
    assertThat(only(NadConfig.parse("{\"plugins\":[]}")).kind()).isEqualTo(Kind.REQUIRED);
    String cfg = "{\"plugins\":[{\"type\":\"macvlan\"},{\"master\":\"eth0\"},1,{\"type\":7}]}";
    NadConfig c = NadConfig.parse(cfg);
    assertThat(c.problems()).extracting(ValueProblem::kind)
        .containsExactly(Kind.REQUIRED, Kind.TYPE, Kind.TYPE);
    assertThat(c.problems().get(0).span()).isEqualTo(spanOf(cfg, "{\"master\":\"eth0\"}"));
    assertThat(c.problems().get(0).message()).contains("plugins[1]");
    assertThat(c.plugins()).hasSize(3);
  }

  @Test
  void modesAndCapabilities() {
    String cfg = "{\"type\":\"macvlan\",\"master\":\"eth1\",\"mode\":\"l2\","
        + "\"capabilities\":{\"ips\":\"true\"}}";
    NadConfig c = NadConfig.parse(cfg);
    assertThat(c.problems()).extracting(ValueProblem::kind)
        .containsExactly(Kind.INVALID_VALUE, Kind.TYPE);
    assertThat(c.problems().get(0).span()).isEqualTo(spanOf(cfg, "\"l2\""));
    assertThat(c.problems().get(1).suggestion()).isEqualTo("true");
    assertThat(c.hasCapability("ips")).isFalse();
    assertThat(NadConfig.parse("{\"type\":\"ipvlan\",\"master\":\"e\",\"mode\":\"l3s\"}")
        .problems()).isEmpty();
    assertThat(NadConfig.parse("{\"type\":\"ipvlan\",\"master\":\"e\",\"mode\":\"bridge\"}")
        .problems()).hasSize(1);
    assertThat(NadConfig.parse("{\"type\":\"macvlan\",\"capabilities\":[]}").problems())
        .extracting(ValueProblem::kind).containsExactly(Kind.TYPE);
  }

  @Test
  void typeMustBeAString() {
    NadConfig c = NadConfig.parse("{\"type\":5}");
    assertThat(c.problems()).extracting(ValueProblem::kind).contains(Kind.TYPE);
    assertThat(c.problems().get(0).span()).isEqualTo(new Span(8, 9));
  }
}

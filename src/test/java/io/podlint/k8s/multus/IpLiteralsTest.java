package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.multus.IpLiterals.Family;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpLiteralsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "10.1.1.5", "255.255.255.255", "192.168.0.1", "::", "::1",
      "fe80::1", "2001:db8::", "2001:db8:0:0:0:0:0:1", "2001:DB8::ABCD", "1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::ffff:10.0.0.1", "::10.0.0.1",
      "1:2:3:4:5:6:1.2.3.4", "0000:0000::0001"})
  void validIps(String s) {
    assertThat(IpLiterals.isIp(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.04",
      "1..2.3", "1.2.3.4 ", " 1.2.3.4", "a.b.c.d", "localhost", "example.com", "gateway.local",
      ":", ":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "1::2::3", "12345::", "fe80::1%eth0",
      "[::1]", "1:2:3:4:5:6:7", ":1:2::", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "::ffff:01.2.3.4",
      "1.2.3.4/24", "g::1", "1:"})
  void invalidIps(String s) {
    assertThat(IpLiterals.isIp(s)).as(s).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.1.5/24", "0.0.0.0/0", "::/0", "2001:db8::1/64", "10.0.0.0/32",
      "fd00::/128", "10.0.0.1/024", "::ffff:1.2.3.4/96"})
  void validCidrs(String s) {
    assertThat(IpLiterals.isCidr(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.1.5", "10.1.1.5/33", "::/129", "10.1.1.5/", "10.1.1.5/-1",
      "10.1.1.5/2a", "host/24", "10.1.1.5/24/1", "fe80::1%eth0/64", "/24", "10.1.1.5/ 24"})
  void invalidCidrs(String s) {
    assertThat(IpLiterals.isCidr(s)).as(s).isFalse();
  }

  @Test
  void familyFollowsGoTo4() {
    assertThat(IpLiterals.parseIp("10.0.0.1").get().family()).isEqualTo(Family.IPV4);
    assertThat(IpLiterals.parseIp("::ffff:10.0.0.1").get().family()).isEqualTo(Family.IPV4);
    assertThat(IpLiterals.parseIp("::ffff:a00:1").get().family()).isEqualTo(Family.IPV4);
    assertThat(IpLiterals.parseIp("::10.0.0.1").get().family()).isEqualTo(Family.IPV6);
    assertThat(IpLiterals.parseIp("fd00::1").get().family()).isEqualTo(Family.IPV6);
  }

  @Test
  void ellipsisExpansion() {
    byte[] b = IpLiterals.parseIp("1::8").get().bytes();
    assertThat(b).hasSize(16);
    assertThat(b[1]).isEqualTo((byte) 1);
    assertThat(b[15]).isEqualTo((byte) 8);
    for (int i = 2; i < 15; i++) {
      assertThat(b[i]).isZero();
    }
    assertThat(IpLiterals.parseIp("::").get().isUnspecified()).isTrue();
  }

  @Test
  void cidrDetails() {
    IpLiterals.Cidr c = IpLiterals.parseCidr("0.0.0.0/0").get();
    assertThat(c.isDefaultRoute()).isTrue();
    assertThat(c.bits()).isEqualTo(32);
    assertThat(IpLiterals.parseCidr("::/0").get().bits()).isEqualTo(128);
    assertThat(IpLiterals.parseCidr("10.0.0.0/8").get().isDefaultRoute()).isFalse();
  }

  @Test
  void ipOrCidrFollowsMultus() {
    assertThat(IpLiterals.isIpOrCidr("10.1.1.5")).isTrue();
    assertThat(IpLiterals.isIpOrCidr("10.1.1.5/24")).isTrue();
    assertThat(IpLiterals.isIpOrCidr("10.1.1.5/40")).isFalse();
    assertThat(IpLiterals.isIpOrCidr("node1")).isFalse();
    assertThat(IpLiterals.isIpOrCidr(null)).isFalse();
  }
}

package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"00:00:5e:00:53:01", "02:00:5e:10:00:00:00:01",
      "00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01", "00-00-5e-00-53-01",
      "02-00-5e-10-00-00-00-01", "0000.5e00.5301", "0200.5e10.0000.0001",
      "0000.0000.fe80.0000.0000.0000.0200.5e10.0000.0001", "AA:BB:CC:DD:EE:FF",
      "24:8a:07:03:00:8d:ae:2f"})
  void valid(String s) {
    assertThat(MacAddresses.isValid(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "aabbccddeeff", "00:00:5e:00:53", "00:00:5e:00:53:01:02",
      "00:00:5e-00:53:01", "0:00:5e:00:53:01", "00:00:5e:00:53:0g", "0000.5e00.530",
      "0000:5e00:5301", "00.00.5e.00.53.01", "00:00:5e:00:53:01 ", "zz:zz:zz:zz:zz:zz",
      "0000.5e00-5301"})
  void invalid(String s) {
    assertThat(MacAddresses.isValid(s)).as(s).isFalse();
  }

  @Test
  void lengths() {
    assertThat(MacAddresses.parse("00:00:5e:00:53:01").get()).hasSize(6);
    assertThat(MacAddresses.parse("24:8a:07:03:00:8d:ae:2f").get()).hasSize(8);
    assertThat(MacAddresses.parse("0000.0000.fe80.0000.0000.0000.0200.5e10.0000.0001").get())
        .hasSize(20);
    assertThat(MacAddresses.parse("0a0b.0c0d.0e0f").get())
        .containsExactly(0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f);
  }
}

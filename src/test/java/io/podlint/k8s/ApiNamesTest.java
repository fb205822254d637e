package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases copied from upstream's tables: kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go (TestIsDNS1123Label,
 * TestIsDNS1123Subdomain, TestIsDNS1035Label, TestIsValidPortNum, TestIsValidPortName) and
 * staging/src/k8s.io/apimachinery/pkg/api/validate/content/kube_test.go (TestIsLabelKey,
 * TestIsLabelValue), valid and invalid side by side.
 */
class ApiNamesTest {

  // TestIsDNS1123Label
  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2"})
  void dns1123LabelValid(String v) {
    assertThat(ApiNames.dns1123Label(v)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
      "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b", "1 ", " 1", "1 2"})
  void dns1123LabelInvalid(String v) {
    assertThat(ApiNames.dns1123Label(v)).isNotEmpty();
  }

  @Test
  void dns1123LabelLengthAndMessages() {
    assertThat(ApiNames.dns1123Label("a".repeat(63))).isEmpty();
    assertThat(ApiNames.dns1123Label("a".repeat(64))).containsExactly("must be no more than 63 characters");
    // a valid subdomain that is not a label: upstream says why in three words. RegexError joins
    // its examples with "', " + " or ", hence the double space the API server prints
    assertThat(ApiNames.dns1123Label("a.b")).containsExactly("must not contain dots");
    assertThat(ApiNames.dns1123Label("My_Name")).containsExactly("a lowercase RFC 1123 label must consist of lower "
        + "case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. "
        + "'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
  }

  // TestIsDNS1123Subdomain
  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "a--1--2--b", "0", "1-a", "a.a", "ab.a", "a-1.a", "a.1", "0.a", "01.a",
      "0.1", "1--a--b--2.1", "a.b.c.d.e", "aa.bb.cc.dd.ee", "1.2.3.4.5", "11.22.33.44.55"})
  void dns1123SubdomainValid(String v) {
    assertThat(ApiNames.dns1123Subdomain(v)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "aBc", "-", "a-", "-a", "_", "a_b", ".", "a.", ".a", "a..b", "1..2", " ", "a b",
      "A.a", "ab.A", "A.B.C.D.E", "a.B.c.d.e", "a@b", "a,b", "a;b", "a:b", "a%b", "a?b", "a$b"})
  void dns1123SubdomainInvalid(String v) {
    assertThat(ApiNames.dns1123Subdomain(v)).isNotEmpty();
  }

  @Test
  void dns1123SubdomainLength() {
    assertThat(ApiNames.dns1123Subdomain("a".repeat(253))).isEmpty();
    assertThat(ApiNames.dns1123Subdomain("a".repeat(254))).containsExactly("must be no more than 253 characters");
  }

  // TestIsDNS1123SubdomainWithUnderscore (RelaxedDNSSearchValidation)
  @Test
  void dns1123SubdomainWithUnderscore() {
    for (String ok : new String[] {"a", "_srv.example.com", "my_company.internal", "a_b.c"}) {
      assertThat(ApiNames.dns1123SubdomainWithUnderscore(ok)).as(ok).isEmpty();
      assertThat(ApiNames.dns1123Subdomain(ok).isEmpty()).as(ok).isEqualTo(!ok.contains("_"));
    }
    for (String bad : new String[] {"", "A.b", "a_", "a..b", "-a", "a b"}) {
      assertThat(ApiNames.dns1123SubdomainWithUnderscore(bad)).as(bad).isNotEmpty();
    }
  }

  // TestIsDNS1035Label
  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b"})
  void dns1035LabelValid(String v) {
    assertThat(ApiNames.dns1035Label(v)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "01", "012", "1a", "1-a", "1--a--b--2", "", "A", "aBc", "-", "a-", "-a", "_", "a_b",
      ".", "a.b", " ", "a b"})
  void dns1035LabelInvalid(String v) {
    assertThat(ApiNames.dns1035Label(v)).isNotEmpty();
    assertThat(ApiNames.dns1035Label("a".repeat(63))).isEmpty();
    assertThat(ApiNames.dns1035Label("a".repeat(64))).isNotEmpty();
  }

  // TestIsLabelKey / TestIsQualifiedName
  static String[] qualifiedNamesValid() {
    return new String[] {"simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple",
        "now-with-dashes/simple", "now-with-dashes/now-with-dashes", "now.with.dots/simple",
        "now-with.dashes-and.dots/simple", "1-num.2-num/3-num", "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123",
        "example.com/Uppercase_Is_OK_123", "requests.storage-foo", "a".repeat(63),
        "a".repeat(253) + "/" + "b".repeat(63)};
  }

  static String[] qualifiedNamesInvalid() {
    return new String[] {"nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash",
        "Example.com/abc", "example_com/abc", "example.com/", "/simple", "a".repeat(64), "a".repeat(254) + "/abc"};
  }

  @ParameterizedTest
  @MethodSource("qualifiedNamesValid")
  void qualifiedNameValid(String v) {
    assertThat(ApiNames.qualifiedName(v)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("qualifiedNamesInvalid")
  void qualifiedNameInvalid(String v) {
    assertThat(ApiNames.qualifiedName(v)).isNotEmpty();
  }

  @Test
  void qualifiedNameMessages() {
    assertThat(ApiNames.qualifiedName("/simple")).containsExactly("prefix part must be non-empty");
    assertThat(ApiNames.qualifiedName("example.com/")).containsExactly("name part must be non-empty",
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
            + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
            + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    assertThat(ApiNames.qualifiedName("a".repeat(64))).containsExactly("name part must be no more than 63 characters");
    assertThat(ApiNames.qualifiedName("only/one/slash")).singleElement().asString().startsWith("a valid label key ");
  }

  @Test
  void annotationKeysIgnoreCase() {
    // ValidateAnnotations lower-cases the key before IsQualifiedName: "Example.com/abc" is a valid annotation key
    assertThat(ApiNames.annotationKey("Example.com/abc")).isEmpty();
    assertThat(ApiNames.annotationKey("example_com/abc")).isNotEmpty();
  }

  // TestIsLabelValue / TestIsValidLabelValue
  @ParameterizedTest
  @ValueSource(strings = {"simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", ""})
  void labelValueValid(String v) {
    assertThat(ApiNames.labelValue(v)).isEmpty();
    assertThat(ApiNames.labelValue("a".repeat(63))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun", "\\backslashes\\are\\bad",
      "-starts-with-dash", "ends-with-dash-", ".starts.with.dot", "ends.with.dot."})
  void labelValueInvalid(String v) {
    assertThat(ApiNames.labelValue(v)).isNotEmpty();
  }

  @Test
  void labelValueLengthCountsBytes() {
    assertThat(ApiNames.labelValue("a".repeat(64))).containsExactly("must be no more than 63 characters");
  }

  // TestIsValidPortName
  @ParameterizedTest
  @ValueSource(strings = {"telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c", "1-a-2-b-3"})
  void portNameValid(String v) {
    assertThat(ApiNames.portName(v)).isEmpty();
    assertThat(ApiNames.portName("a".repeat(15))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"longerthan15characters", "", "aaaaaaaaaaaaaaaa", "12345", "1-2-3-4", "-begin", "end-",
      "two--hyphens", "whois++"})
  void portNameInvalid(String v) {
    assertThat(ApiNames.portName(v)).isNotEmpty();
  }

  @Test
  void portNameMessages() {
    assertThat(ApiNames.portName("12345")).containsExactly("must contain at least one letter (a-z)");
    assertThat(ApiNames.portName("two--hyphens")).containsExactly("must not contain consecutive hyphens");
    assertThat(ApiNames.portName("metrics-endpoint")).containsExactly("must be no more than 15 characters");
    assertThat(ApiNames.portName("HTTP")).containsExactly(
        "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must contain at least one letter (a-z)");
  }

  // TestIsValidPortNum
  @Test
  void portNumbers() {
    for (long ok : new long[] {1, 2, 1000, 16384, 32768, 65535}) {
      assertThat(ApiNames.portNumber(ok)).isEmpty();
    }
    for (long bad : new long[] {0, -1, 65536, 100000}) {
      assertThat(ApiNames.portNumber(bad)).containsExactly("must be between 1 and 65535, inclusive");
    }
  }

  // generateName: NameIsDNSSubdomain(name, prefix=true) masks one trailing dash (maskTrailingDash)
  @Test
  void generateNamePrefixes() {
    assertThat(ApiNames.nameIsDnsSubdomain("web-", true)).isEmpty();
    assertThat(ApiNames.nameIsDnsSubdomain("web-", false)).isNotEmpty();
    assertThat(ApiNames.nameIsDnsSubdomain("web--", true)).isEmpty();
    assertThat(ApiNames.nameIsDnsSubdomain("Web-", true)).isNotEmpty();
    assertThat(ApiNames.nameIsDns1035Label("1web-", true)).isNotEmpty();
    assertThat(ApiNames.nameIsDnsLabel("db.0-", true)).containsExactly("must not contain dots");
  }

  // IsValidIP: what netutils.ParseIPSloppy accepts (Go net.ParseIP test cases plus leading zeros)
  @ParameterizedTest
  @ValueSource(strings = {"10.9.8.7", "0.0.0.0", "255.255.255.255", "010.001.2.3", "2001:db8::ffff", "::", "::1",
      "fe80::1", "1:2:3:4:5:6:7:8", "::ffff:192.168.0.1", "1::8", "2001:DB8::1", "1:2:3:4:5:6:1.2.3.4"})
  void ipAddresses(String v) {
    assertThat(ApiNames.isIpSloppy(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "a.b.c.d", "dns.google", "10.0.0.0/8",
      "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", "12345::1", "fe80::1%eth0", "::ffff:1.2.3", ":1:2", " 1.2.3.4",
      "1:2:3:4:5:6:7:1.2.3.4"})
  void notIpAddresses(String v) {
    assertThat(ApiNames.isIpSloppy(v)).isFalse();
  }

  // validateSysctls: IsValidSysctlName with SysctlContainSlashFmt
  @Test
  void sysctlNames() {
    for (String ok : new String[] {"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net/ipv4/tcp_syncookies",
        "net.ipv4.conf.eth0/1.rp_filter", "kernel.msgmax", "a"}) {
      assertThat(ApiNames.isValidSysctlName(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"", "kernel..msgmax", ".kernel", "kernel.", "Kernel.msgmax", "net.ipv4.-x",
        "kernel.msg max", "a".repeat(254)}) {
      assertThat(ApiNames.isValidSysctlName(bad)).as(bad).isFalse();
    }
  }

  // IsDomainPrefixedPath (staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go), as
  // batch validateJobSpec applies it to spec.managedBy (TestValidateJob "valid managedBy field":
  // example.com/foo)
  @ParameterizedTest
  @ValueSource(strings = {"example.com/foo", "kubernetes.io/job-controller", "kueue.x-k8s.io/multikueue",
      "a/b/c", "acme.io/foo:bar~1%20", "acme.io/(x)"})
  void domainPrefixedPathValid(String v) {
    assertThat(ApiNames.domainPrefixedPath(v)).isEmpty();
  }

  @Test
  void domainPrefixedPathNamesThePartItRejects() {
    for (String v : java.util.List.of("foo", "/foo", "example.com/", "")) {
      assertThat(ApiNames.domainPrefixedPath(v)).singleElement().isEqualTo(new ApiNames.PartError(v,
          "must be a domain-prefixed path (such as \"acme.io/foo\")"));
    }
    assertThat(ApiNames.domainPrefixedPath("Example.com/foo")).singleElement()
        .extracting(ApiNames.PartError::value).isEqualTo("Example.com");
    assertThat(ApiNames.domainPrefixedPath("example.com/a b")).containsExactly(new ApiNames.PartError("a b",
        "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"));
    assertThat(ApiNames.domainPrefixedPath("-x/a b")).extracting(ApiNames.PartError::value)
        .containsExactly("-x", "a b");
  }

  @Test
  void fastPathsAgreeWithTheRegularExpressions() {
    // qualifiedName and labelValue skip the regular expression for the usual names: that shortcut
    // must accept exactly what upstream's expression accepts within 63 bytes (validation.go:
    // qualifiedNameFmt, labelValueFmt), on names of every length around the limit.
    java.util.regex.Pattern name = java.util.regex.Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    java.util.regex.Pattern value = java.util.regex.Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    String alphabet = "aZ09-_./ é$";
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(70);
      for (int j = 0; j < length; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (s.indexOf('/') < 0) {
        assertThat(ApiNames.qualifiedName(s).isEmpty()).as("qualifiedName(%s)", s)
            .isEqualTo(!s.isEmpty() && bytes <= 63 && name.matcher(s).matches());
      }
      assertThat(ApiNames.labelValue(s).isEmpty()).as("labelValue(%s)", s)
          .isEqualTo(bytes <= 63 && value.matcher(s).matches());
    }
  }
}

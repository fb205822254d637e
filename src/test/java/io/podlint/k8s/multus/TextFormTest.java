package io.podlint.k8s.multus;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.k8s.multus.NetworkSelectionResult.Form;
import io.podlint.k8s.multus.ValueProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFormTest {

  private static NetworkSelectionResult parse(String v) {
    return NetworkSelectionParser.parseNetworks(v, "team-a");
  }

  private static ValueProblem only(NetworkSelectionResult r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  @Test
  void singleName() {
    NetworkSelectionResult r = parse("macvlan-conf");
    assertThat(r.form()).isEqualTo(Form.TEXT);
    assertThat(r.problems()).isEmpty();
    NetworkSelection s = r.elements().get(0);
    assertThat(s.name()).isEqualTo("macvlan-conf");
    assertThat(s.namespace()).isNull();
    assertThat(s.effectiveNamespace()).isEqualTo("team-a");
    assertThat(s.interfaceName()).isNull();
    assertThat(s.ips()).isEmpty();
    assertThat(s.defaultRoute()).isNull();
    assertThat(s.keySpans()).isEmpty();
    assertThat(s.span()).isEqualTo(new Span(0, 12));
  }

  @Test
  void namespaceNameInterfaceWithSegmentSpans() {
    NetworkSelectionResult r = parse("ns1/net1@eth1");
    assertThat(r.problems()).isEmpty();
    NetworkSelection s = r.elements().get(0);
    assertThat(s.namespace()).isEqualTo("ns1");
    assertThat(s.effectiveNamespace()).isEqualTo("ns1");
    assertThat(s.name()).isEqualTo("net1");
    assertThat(s.interfaceName()).isEqualTo("eth1");
    assertThat(s.valueSpans()).containsEntry("namespace", new Span(0, 3))
        .containsEntry("name", new Span(4, 8)).containsEntry("interface", new Span(9, 13));
  }

  @Test
  void whitespaceIsTrimmedAroundItemsAndParts() {
    String v = "  net-a , other / net-b @ if2 ,\tnet-c ";
    NetworkSelectionResult r = parse(v);
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements()).extracting(NetworkSelection::name)
        .containsExactly("net-a", "net-b", "net-c");
    NetworkSelection b = r.elements().get(1);
    assertThat(b.namespace()).isEqualTo("other");
    assertThat(b.interfaceName()).isEqualTo("if2");
    assertThat(b.span()).isEqualTo(new Span(10, 29));
    assertThat(b.valueSpans().get("name").text(v)).isEqualTo("net-b");
    assertThat(r.elements().get(2).span()).isEqualTo(new Span(32, 37));
  }

  @Test
  void goUnicodeSpacesAreTrimmed() {
    NetworkSelectionResult r = parse("\u00a0net1\u2003");
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements().get(0).span()).isEqualTo(new Span(1, 5));
  }

  @Test
  void sameNetworkTwiceIsTwoAttachments() {
    NetworkSelectionResult r = parse("net-a,net-a");
    assertThat(r.problems()).isEmpty();
    assertThat(r.elements()).hasSize(2);
  }

  @Test
  void emptyItemBetweenCommasPointsAtTheStrayComma() {
    ValueProblem p = only(parse("a,,b"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.start()).isEqualTo(2);
    assertThat(p.end()).isEqualTo(3);
    assertThat(p.suggestion()).isEmpty();
  }

  @Test
  void trailingCommaIsReportedOnTheComma() {
    String v = "a,b,";
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.span()).isEqualTo(new Span(3, 4));
    assertThat(applyFix(v, p)).isEqualTo("a,b");
  }

  @Test
  void leadingCommaAndBlankItem() {
    assertThat(only(parse(",a")).span()).isEqualTo(new Span(0, 1));
    String v = "a, ,b";
    ValueProblem p = only(parse(v));
    assertThat(p.span()).isEqualTo(new Span(2, 4));
    assertThat(applyFix(v, p)).isEqualTo("a,b");
    assertThat(parse("a,,b").elements()).extracting(NetworkSelection::name)
        .containsExactly("a", "b");
  }

  @Test
  void blankAndEmptyValues() {
    ValueProblem blank = only(parse("   "));
    assertThat(blank.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(blank.span()).isEqualTo(new Span(0, 3));
    ValueProblem empty = only(parse(""));
    assertThat(empty.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(empty.span()).isEqualTo(new Span(0, 0));
    assertThat(empty.message()).contains("no network is attached");
  }

  @Test
  void moreThanOneSlashFailsAtTheSecondSlash() {
    ValueProblem p = only(parse("net-a, a/b/c"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.message()).contains("Invalid network object (failed at '/')");
    assertThat(p.span()).isEqualTo(new Span(10, 11));
  }

  @Test
  void moreThanOneAtFailsAtTheSecondAt() {
    ValueProblem p = only(parse("net@if1@if2"));
    assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(p.message()).contains("(failed at '@')");
    assertThat(p.span()).isEqualTo(new Span(7, 8));
  }

  @Test
  void atBeforeSlashMakesTheNamespaceInvalidLikeMultus() {
    ValueProblem p = only(parse("a@b/c"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(new Span(0, 3));
    assertThat(p.message()).contains("namespace 'a@b'");
  }

  @Test
  void invalidNameGetsLabelSuggestion() {
    ValueProblem p = only(parse("ns1/Net_1"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(new Span(4, 9));
    assertThat(p.suggestion()).isEqualTo("net-1");
  }

  @Test
  void dottedNadNameNeedsJsonForm() {
    ValueProblem p = only(parse("my.nad"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("JSON form");
  }

  @Test
  void overlongNamespace() {
    String ns = "a".repeat(64);
    ValueProblem p = only(parse(ns + "/net"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.span()).isEqualTo(new Span(0, 64));
  }

  @Test
  void emptyNamespaceBeforeSlashIsStyle() {
    NetworkSelectionResult r = parse("/net1");
    ValueProblem p = only(r);
    assertThat(p.kind()).isEqualTo(Kind.STYLE);
    assertThat(p.span()).isEqualTo(new Span(0, 1));
    assertThat(r.elements().get(0).effectiveNamespace()).isEqualTo("team-a");
  }

  @Test
  void missingNameIsRequired() {
    ValueProblem p = only(parse("ns/@eth1"));
    assertThat(p.kind()).isEqualTo(Kind.REQUIRED);
    assertThat(p.span()).isEqualTo(new Span(0, 8));
  }

  @Test
  void emptyInterfaceAfterAtIsStyle() {
    NetworkSelectionResult r = parse("net1@");
    assertThat(only(r).kind()).isEqualTo(Kind.STYLE);
    assertThat(only(r).span()).isEqualTo(new Span(4, 5));
    assertThat(r.elements().get(0).interfaceName()).isNull();
  }

  @Test
  void interfaceLongerThan15IsAMultusError() {
    ValueProblem p = only(parse("net1@abcdefghijklmnop"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("less than 15 chars");
    assertThat(p.span()).isEqualTo(new Span(5, 21));
    assertThat(parse("net1@abcdefghijklmno").problems()).isEmpty();
  }

  @Test
  void interfaceLengthCountsUtf8Bytes() {
    // 8 chars, 16 bytes
    assertThat(only(parse("net1@ééééééééé")).kind()).isEqualTo(Kind.INVALID_VALUE);
  }

  @Test
  void interfaceWithInnerWhitespaceIsAMultusError() {
    ValueProblem p = only(parse("net1@my if"));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("not contain '/' or spaces");
  }

  @ParameterizedTest
  @ValueSource(strings = {"net1@eth:1", "net1@..", "net1@."})
  void interfaceRejectedByKernelButNotMultus(String v) {
    ValueProblem p = only(parse(v));
    assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(p.message()).contains("kernel");
  }

  @Test
  void nonLabelInterfaceIsAPortabilityProblem() {
    ValueProblem p = only(parse("ns/net1@my_if"));
    assertThat(p.kind()).isEqualTo(Kind.PORTABILITY);
    assertThat(p.span()).isEqualTo(new Span(8, 13));
    assertThat(p.suggestion()).isEqualTo("my-if");
    assertThat(only(parse("net1@Eth1")).suggestion()).isEqualTo("eth1");
  }

  @Test
  void allIndependentProblemsAreReportedInOrder() {
    NetworkSelectionResult r = parse("Bad/net1@x_y, ,a/b/c");
    assertThat(r.problems()).extracting(ValueProblem::kind)
        .containsExactly(Kind.INVALID_VALUE, Kind.PORTABILITY, Kind.SYNTAX, Kind.SYNTAX);
    assertThat(r.problems()).extracting(ValueProblem::start).containsExactly(0, 9, 13, 18);
  }

  @Test
  void explicitDefaultNamespaceForMissing() {
    NetworkSelectionResult r = NetworkSelectionParser.parse("a,x/b", "pod-ns", "other");
    assertThat(r.elements()).extracting(NetworkSelection::effectiveNamespace)
        .containsExactly("other", "x");
    NetworkSelectionResult r2 = NetworkSelectionParser.parse("a", "pod-ns", null);
    assertThat(r2.elements().get(0).effectiveNamespace()).isEqualTo("pod-ns");
    NetworkSelectionResult r3 = NetworkSelectionParser.parse("a", null, null);
    assertThat(r3.elements().get(0).effectiveNamespace()).isNull();
  }

  @Test
  void formDetection() {
    assertThat(NetworkSelectionParser.isJsonForm("a,b")).isFalse();
    assertThat(NetworkSelectionParser.isJsonForm("a\"")).isTrue();
    assertThat(NetworkSelectionParser.isJsonForm("{")).isTrue();
    assertThat(NetworkSelectionParser.isJsonForm("x[")).isTrue();
    // single quotes are not JSON triggers: text form, name fails the regex
    NetworkSelectionResult r = parse("'net1'");
    assertThat(r.form()).isEqualTo(Form.TEXT);
    assertThat(only(r).kind()).isEqualTo(Kind.INVALID_VALUE);
  }

  static String applyFix(String v, ValueProblem p) {
    return v.substring(0, p.start()) + p.suggestion() + v.substring(p.end());
  }

  static List<Kind> kinds(NetworkSelectionResult r) {
    return r.problems().stream().map(ValueProblem::kind).toList();
  }
}

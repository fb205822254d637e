package io.podlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlParserTest {
  private final YamlParser parser = new YamlParser();

  private ParsedFile parse(String text) {
    return parser.parse("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void multiDocumentsListsAndEmptyDocuments() {
    ParsedFile f = parse("""
        # only a comment
        ---
        ---
        apiVersion: v1
        kind: List
        items:
          - {apiVersion: v1, kind: Pod, metadata: {name: a}}
          - {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: ns}}
        ---
        just a string
        ---
        - a list
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: c}
        """);
    assertThat(f.problems()).isEmpty();
    assertThat(f.documents()).extracting(Document::name).containsExactly("a", "b", "c");
    assertThat(f.documents()).extracting(Document::index).containsExactly(0, 1, 2);
    assertThat(f.documents().get(1).effectiveNamespace()).isEqualTo("ns");
    assertThat(f.documents().get(0).effectiveNamespace()).isEqualTo("default");
    assertThat(f.documents().get(1).root().path()).isEqualTo("items[1]");
  }

  @Test
  void typedListsAreReadLikeListAndTheirItemsTakeTheListsKind() {
    ParsedFile f = parse("""
        apiVersion: v1
        kind: ConfigMapList
        items:
          - metadata: {name: a}
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}
        ---
        apiVersion: apps/v1
        kind: DeploymentList
        items:
          - metadata: {name: c}
            spec: {template: {spec: {containers: [{name: x, image: "x:1"}]}}}
        ---
        apiVersion: v1
        kind: List
        items:
          - metadata: {name: no-kind}
        ---
        apiVersion: example.com/v1
        kind: PlayList
        items: not-a-sequence
        metadata: {name: songs}
        """);
    assertThat(f.documents()).extracting(Document::name).containsExactly("a", "b", "c", "no-kind", "songs");
    assertThat(f.documents()).extracting(Document::kind)
        .containsExactly("ConfigMap", "ConfigMap", "Deployment", null, "PlayList");
    assertThat(f.documents()).extracting(Document::apiVersion)
        .containsExactly("v1", "v1", "apps/v1", null, "example.com/v1");
    assertThat(io.podlint.model.Workload.of(f.documents().get(2), java.util.Map.of())).isPresent();
  }

  @Test
  void emptyAndCommentOnlyFilesHaveNothing() {
    assertThat(parse("").documents()).isEmpty();
    assertThat(parse("").problems()).isEmpty();
    assertThat(parse("# nothing here\n# at all\n").documents()).isEmpty();
    assertThat(parse("# nothing here\n").problems()).isEmpty();
  }

  @Test
  void syntaxErrorKeepsEarlierDocumentsAndPointsAtTheProblem() {
    ParsedFile f = parse("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nkind: Pod\n  bad: indent\n");
    assertThat(f.documents()).hasSize(1);
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ParseProblem.Kind.SYNTAX);
      assertThat(p.location()).isEqualTo(new Location(6, 6));
    });
  }

  @Test
  void tabsGetAHint() {
    ParsedFile f = parse("a:\n\tb: 1\n");
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(new Location(2, 1));
      assertThat(p.message()).contains("tabs");
    });
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondKey() {
    ParsedFile f = parse("kind: Pod\nmetadata:\n  name: a\n  name: b\n");
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ParseProblem.Kind.DUPLICATE_KEY);
      assertThat(p.location()).isEqualTo(new Location(4, 3));
      assertThat(p.message()).contains("\"name\"").contains("line 3");
    });
    assertThat(f.documents().get(0).name()).isEqualTo("b");
  }

  @Test
  void aDuplicateInsideAnAliasedMappingIsReportedOnce() {
    ParsedFile f = parse("base: &b\n  image: a\n  image: b\nx: *b\ny: *b\n");
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(new Location(3, 3));
      assertThat(p.message()).contains("first at line 2");
    });
  }

  @Test
  void aThirdOccurrenceNamesTheFirst() {
    ParsedFile f = parse("a: 1\nb: 2\na: 3\na: 4\n");
    assertThat(f.problems()).extracting(ParseProblem::message)
        .allSatisfy(m -> assertThat(m).contains("first at line 1")).hasSize(2);
  }

  @Test
  void mergeKeysAreResolved() {
    ParsedFile f = parse("base: &b {image: x, name: base}\nc:\n  <<: *b\n  name: mine\n");
    YamlNode c = f.documents().get(0).root().get("c");
    assertThat(c.get("image").text()).isEqualTo("x");
    assertThat(c.get("name").text()).isEqualTo("mine");
  }

  @Test
  void javaClassTagsAreNeverInstantiated() {
    ParsedFile f = parse("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1/x"]]]]
        """);
    assertThat(f.documents()).isEmpty();
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(new Location(4, 9));
      assertThat(p.message()).contains("javax.script.ScriptEngineManager").contains("never");
    });
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefused() {
    StringBuilder sb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    ParsedFile f = parse(sb.toString());
    assertThat(f.documents()).isEmpty();
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ParseProblem.Kind.LIMIT);
      assertThat(p.message()).contains("aliases");
    });
  }

  @Test
  @Timeout(10)
  void deepNestingIsRefused() {
    String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    ParsedFile f = parse(deep);
    assertThat(f.documents()).isEmpty();
    assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.message()).containsIgnoringCase("nest"));
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() {
    byte[] bytes = "kind: Pod\nmetadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ParsedFile f = parser.parse("t.yaml", bytes);
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ParseProblem.Kind.ENCODING);
      assertThat(p.location().line()).isEqualTo(3);
      assertThat(p.message()).contains("UTF-8").contains("0xE9");
    });
  }

  @Test
  void utf16WithBomIsRead() {
    byte[] body = "kind: Pod\nmetadata: {name: x}\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    ParsedFile f = parser.parse("t.yaml", bytes);
    assertThat(f.problems()).isEmpty();
    assertThat(f.documents().get(0).name()).isEqualTo("x");
  }

  @Test
  void nulBytesAndBinaryAreSyntaxErrors() {
    ParsedFile f = parser.parse("t.yaml", new byte[] {'a', ':', ' ', 0, '\n'});
    assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(1));
    ParsedFile png = parser.parse("t.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    assertThat(png.problems()).hasSize(1);
  }

  @Test
  void yaml11ScalarsAreTypedLikeTheApiServerSees() {
    YamlNode root = parse("a: yes\nb: 0755\nc: \"8080\"\nd: 8080\ne: 1:30\nf: ~\n").documents().get(0).root();
    assertThat(root.get("a").isBool()).isTrue();
    assertThat(root.get("b").asLong()).contains(493L);
    assertThat(root.get("c").isString()).isTrue();
    assertThat(root.get("d").asLong()).contains(8080L);
    assertThat(root.get("e").asLong()).contains(90L);
    assertThat(root.get("f").isNull()).isTrue();
    assertThat(root.get("f").hasValue()).isFalse();
  }

  @Test
  void locationsAreOneBasedAndCollectionsReportTheirKey() {
    YamlNode root = parse("spec:\n  containers:\n    - name: web\n      image: nginx\n").documents().get(0).root();
    YamlNode container = root.at("spec.containers").items().get(0);
    assertThat(container.get("image").location()).isEqualTo(new Location(4, 14));
    assertThat(root.at("spec.containers").location()).isEqualTo(new Location(2, 3));
    assertThat(container.get("missing").location()).isEqualTo(new Location(3, 7));
    assertThat(container.get("image").path()).isEqualTo("spec.containers[0].image");
    assertThat(root.follow(List.of("spec", "containers", 0, "name")).text()).isEqualTo("web");
  }

  @Test
  void helmSourceCommentsAreKept() {
    ParsedFile f = parse("---\n# Source: shop/templates/web.yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n");
    assertThat(f.documents().get(0).templateSource()).isEqualTo("shop/templates/web.yaml");
    assertThat(f.documents().get(0).templateSourceLine()).isEqualTo(2);
  }

  @Test
  void aDocumentAfterHelmOutputWithoutItsOwnSourceCommentIsNotAttributed() {
    ParsedFile f = parse("""
        ---
        # Source: shop/templates/web.yaml
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        ---
        # appended by hand
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        ---
        # Source: shop/templates/job.yaml
        # a comment of the template itself
        apiVersion: v1
        kind: Pod
        metadata: {name: c}
        """);
    assertThat(f.documents()).extracting(d -> d.templateSource() + "@" + d.templateSourceLine())
        .containsExactly("shop/templates/web.yaml@2", "null@0", "shop/templates/job.yaml@12");
  }
}

package io.podlint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.podlint.parse.FieldPaths;
import io.podlint.parse.YamlNode;
import io.podlint.parse.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a rendered field in the file it came from: paths, list items by name, JSON pointers. */
class FieldPathsTest {
  private static YamlNode yaml(String text) {
    return new YamlParser().parse("t.yaml", text).documents().get(0).root();
  }

  @Test
  void pathsSplitIntoKeysAndIndexes() {
    assertThat(FieldPaths.segments("spec.template.spec.containers[0].image"))
        .containsExactly("spec", "template", "spec", "containers", 0, "image");
    assertThat(FieldPaths.segments("metadata.annotations[\"k8s.v1.cni.cncf.io/networks\"]"))
        .containsExactly("metadata", "annotations", "k8s.v1.cni.cncf.io/networks");
    assertThat(FieldPaths.segments("")).isEmpty();
  }

  @Test
  void listItemsAreMatchedByNameAsStrategicMergePatchesMergeThem() {
    YamlNode rendered = yaml("kind: Deployment\nspec:\n  containers:\n  - name: a\n    image: x\n  - name: b\n    image: y\n");
    YamlNode patch = yaml("kind: Deployment\nspec:\n  containers:\n  - name: b\n    image: y\n");
    FieldPaths.Match m = FieldPaths.find(rendered, patch, "spec.containers[1].image");
    assertThat(m.complete()).isTrue();
    assertThat(m.node().location().line()).isEqualTo(5);
    // container a is not in the patch: the deepest match is the list
    FieldPaths.Match a = FieldPaths.find(rendered, patch, "spec.containers[0].image");
    assertThat(a.complete()).isFalse();
    assertThat(a.node().location().line()).isEqualTo(3);
  }

  @Test
  void jsonPointersCoverTheFieldsOfTheValueTheyWrite() {
    YamlNode rendered = yaml("spec:\n  containers:\n  - name: a\n  - name: proxy\n    image: envoy\n");
    YamlNode value = yaml("name: proxy\nimage: envoy\n");
    List<Object> image = FieldPaths.segments("spec.containers[1].image");
    assertThat(JsonPointers.matchPrefix("/spec/containers/-", rendered, image, value)).isEqualTo(3);
    // the appended item is proxy, not a
    assertThat(JsonPointers.matchPrefix("/spec/containers/-", rendered, FieldPaths.segments("spec.containers[0].name"), value))
        .isEqualTo(-1);
    assertThat(JsonPointers.matchPrefix("/spec/replicas", rendered, image, value)).isEqualTo(-1);
    assertThat(JsonPointers.matchPrefix("/spec/containers/1/image", rendered, image, yaml("x: 1\n"))).isEqualTo(4);
    assertThat(JsonPointers.matchPrefix("/spec/containers/0/image", rendered, image, yaml("x: 1\n"))).isEqualTo(-1);
  }
}

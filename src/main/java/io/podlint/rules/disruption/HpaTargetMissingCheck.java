package io.podlint.rules.disruption;

import io.podlint.model.InputIndex;
import io.podlint.parse.Document;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import io.podlint.rules.Text;
import java.util.List;

/** Under --closed-world, an HPA whose scaleTargetRef names an object the input does not hold. */
final class HpaTargetMissingCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "hpa-target-missing";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("HorizontalPodAutoscaler");
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (!ctx.settings().closedWorld() || d.apiVersion() == null || !d.apiVersion().startsWith("autoscaling/")) {
      return;
    }
    YamlNode ref = d.root().at("spec.scaleTargetRef");
    String kind = ref.get("kind").text();
    String name = ref.get("name").text();
    if (kind == null || name == null || kind.isEmpty() || name.isEmpty()) {
      return; // a missing kind or name is a validation error of its own
    }
    Anchor at = ctx.anchor(ref.get("name"), null);
    String namespace = d.effectiveNamespace();
    ctx.afterIndex(ix -> {
      InputIndex index = ix.index();
      if (index.find(kind, namespace, name).isPresent()) {
        return;
      }
      List<String> names = index.distinctNamesIn(kind, namespace);
      String hint = names.isEmpty() ? " (the input holds no %s in namespace \"%s\")".formatted(kind, namespace)
          : Text.didYouMean(name, names);
      ix.report(at, ("the HPA scales %s/%s, which is not in the input%s: the HPA reports AbleToScale=False "
          + "(FailedGetScale) and scales nothing").formatted(kind, name, hint));
    });
  }
}

package io.podlint.rules.wiring;

import io.podlint.parse.Document;
import io.podlint.parse.Location;
import io.podlint.parse.YamlNode;
import io.podlint.rules.Anchor;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import io.podlint.rules.NoParams;
import java.util.List;

/**
 * The same object (API group, kind, namespace and name) twice in one file: applied together, the
 * second replaces the first. Copies in different files are alternatives (overlays, examples) and
 * are not reported.
 */
final class ObjectDuplicateInFileCheck implements DocumentCheck<NoParams> {

  @Override
  public String id() {
    return "object-duplicate-in-file";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public void checkDocument(Document d, NoParams params, CheckContext ctx) {
    if (d.name() == null || d.name().isEmpty() || d.kind() == null || "List".equals(d.kind())) {
      return;
    }
    YamlNode name = d.root().at("metadata.name");
    Anchor at = ctx.anchor(name.hasValue() ? name : d.root(), null);
    Location self = d.root().location();
    String apiVersion = d.apiVersion();
    String kind = d.kind();
    String namespace = d.effectiveNamespace();
    String objectName = d.name();
    String source = d.source();
    ctx.afterIndex(indexed -> indexed.index().earlierInSameFile(apiVersion, kind, namespace, objectName, source, self)
        .ifPresent(first -> indexed.report(at, ("%s %s/%s is defined a second time in this file (first at line %d):"
            + " applied together, the second silently replaces the first, so only one of them reaches the cluster;"
            + " remove one, or give them different names")
            .formatted(kind, namespace, objectName, first.location().line()))));
  }
}

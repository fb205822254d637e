package io.podlint.rules.resources;

import io.podlint.model.ContainerView;
import io.podlint.model.ResourceEntry;
import io.podlint.model.ResourceList;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;

/**
 * Every quantity in {@code requests}, {@code limits} and {@code overhead} must decode: the API
 * server answers 400 to a quantity it cannot parse, before any validation.
 */
final class ResourcesQuantityInvalidCheck implements WorkloadCheck<NoParams> {

  @Override
  public String id() {
    return "resources-quantity-syntax";
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    for (ContainerView c : w.containers()) { // ephemeral containers are decoded too
      YamlNode resources = c.get("resources");
      check(resources, "requests", c.describe(), c, ctx);
      check(resources, "limits", c.describe(), c, ctx);
    }
    YamlNode pod = w.podSpec().get("resources");
    check(pod, "requests", "the pod-level resources", null, ctx);
    check(pod, "limits", "the pod-level resources", null, ctx);
    check(w.podSpec(), "overhead", "the pod", null, ctx);
  }

  private static void check(YamlNode parent, String field, String owner, ContainerView c, CheckContext ctx) {
    YamlNode node = parent.get(field);
    if (node.hasValue() && !node.isMapping()) {
      ctx.report(node, c, "%s: %s must be a mapping of resource names to quantities; the API server cannot decode it and rejects the object (400)"
          .formatted(owner, field));
      return;
    }
    for (ResourceEntry e : ResourceList.of(node).entries()) {
      if (e.isNotScalar()) {
        ctx.report(e.value(), c, "%s: %s is a %s, not a quantity; the API server cannot decode it and rejects the object (400)"
            .formatted(owner, Blocks.field(field, e.name()), e.value().isMapping() ? "mapping" : "list"));
      } else if (e.error() != null) {
        ctx.report(e.value(), c, "%s: %s \"%s\" is not a quantity, so the API server rejects the object (400: %s)%s"
            .formatted(owner, Blocks.field(field, e.name()), e.value().text(), e.error().getMessage(),
                e.error().hint().map(h -> "; " + h).orElse("")));
      }
    }
  }
}

package io.podlint.rules.validation;

import io.podlint.k8s.LabelSelector;
import io.podlint.model.Workload;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.NoParams;
import io.podlint.rules.WorkloadCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A controller's selector must be a valid label selector, must not be empty and must match its
 * own template's labels: apps {@code ValidateDeploymentSpec}, {@code ValidateReplicaSetSpec},
 * {@code ValidateStatefulSetSpec}, {@code ValidateDaemonSetSpec}, core
 * {@code ValidateReplicationControllerSpec} and batch {@code ValidateJobSpec} (manual selectors).
 */
final class SelectorMismatchCheck implements WorkloadCheck<NoParams> {
  static final String MISMATCH = "`selector` does not match template `labels`";

  @Override
  public String id() {
    return "selector-mismatch";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController", "Job");
  }

  @Override
  public void checkWorkload(Workload w, NoParams params, CheckContext ctx) {
    YamlNode spec = w.document().root().get("spec");
    YamlNode selector = spec.get("selector");
    YamlNode labels = w.podMetadata().get("labels");
    switch (w.kind()) {
      case "ReplicationController" -> checkMapSelector(w, selector, labels, ctx);
      case "Job" -> {
        if (spec.get("manualSelector").isTrue()) {
          if (!selector.hasValue()) {
            ctx.report(spec, ApiErrors.rejected(w.document(), ApiErrors.required("spec.selector", ""),
                "With manualSelector: true, give the Job a selector that matches its template's labels, or drop "
                    + "manualSelector and let the API server generate both."));
            return;
          }
          checkLabelSelector(w, selector, labels, null, ctx);
        }
      }
      default -> {
        if (selector.isMapping()) {
          checkLabelSelector(w, selector, labels, emptyMessage(w.kind()), ctx);
        }
      }
    }
  }

  /** Upstream's words; ReplicaSets share the Deployment's message. */
  private static String emptyMessage(String kind) {
    return switch (kind) {
      case "StatefulSet" -> "empty selector is invalid for statefulset";
      case "DaemonSet" -> "empty selector is invalid for daemonset";
      default -> "empty selector is invalid for deployment";
    };
  }

  private static void checkLabelSelector(Workload w, YamlNode selector, YamlNode labels, String emptyMessage,
      CheckContext ctx) {
    List<MetadataFields.Problem> problems = MetadataFields.selector(selector);
    for (MetadataFields.Problem p : problems) {
      ctx.report(p.at(), ApiErrors.rejected(w.document(), p.error(),
          "Fix the selector; it must also match the template's labels."));
    }
    Optional<LabelSelector> parsed = MetadataFields.parse(selector);
    if (!problems.isEmpty() || parsed.isEmpty() || !labelsWellFormed(labels)) {
      return;
    }
    if (parsed.get().isEmpty()) {
      if (emptyMessage != null) {
        String error = ApiErrors.invalid("spec.selector", new ApiErrors.Raw("{}"), emptyMessage);
        ctx.report(selector, ApiErrors.rejected(w.document(), error,
            "Select the template's labels, such as matchLabels: {app: <name>}."));
      }
      return;
    }
    Map<String, String> templateLabels = MetadataFields.labelMap(labels);
    if (!parsed.get().matches(templateLabels)) {
      reportMismatch(w, selector, templateLabels, ctx);
    }
  }

  /** ReplicationController: a plain map; an empty one is defaulted from the template's labels. */
  private static void checkMapSelector(Workload w, YamlNode selector, YamlNode labels, CheckContext ctx) {
    if (!selector.isMapping()) {
      return;
    }
    List<MetadataFields.Problem> problems = MetadataFields.labels(selector);
    for (MetadataFields.Problem p : problems) {
      ctx.report(p.at(), ApiErrors.rejected(w.document(), p.error(), "Fix the selector's labels."));
    }
    Map<String, String> sel = MetadataFields.labelMap(selector);
    if (!problems.isEmpty() || sel.isEmpty() || !labelsWellFormed(labels)) {
      return;
    }
    Map<String, String> templateLabels = MetadataFields.labelMap(labels);
    if (!new LabelSelector(sel, List.of()).matches(templateLabels)) {
      reportMismatch(w, selector, templateLabels, ctx);
    }
  }

  private static boolean labelsWellFormed(YamlNode labels) {
    if (!labels.hasValue()) {
      return true;
    }
    if (!labels.isMapping()) {
      return false;
    }
    for (YamlNode.Entry e : labels.entries()) {
      if (e.key() == null || !e.value().isScalar()) {
        return false;
      }
    }
    return true;
  }

  private static void reportMismatch(Workload w, YamlNode selector, Map<String, String> templateLabels,
      CheckContext ctx) {
    String path = w.podMetadata().path().isEmpty() ? "metadata.labels" : w.podMetadata().path() + ".labels";
    ctx.report(selector, ApiErrors.rejected(w.document(), ApiErrors.invalid(path, templateLabels, MISMATCH),
        "Make every selector label and expression hold for the template's labels (copy the selector's "
            + "labels into spec.template.metadata.labels, or correct the selector)."));
  }
}

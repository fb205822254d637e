package io.podlint.rules.version;

import io.podlint.k8s.ApiVersionLifecycle;
import io.podlint.k8s.ApiVersionLifecycle.Status;
import io.podlint.k8s.ApiVersions;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.model.Fix;
import io.podlint.parse.Document;
import io.podlint.parse.NodeEdits;
import io.podlint.parse.YamlNode;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import java.util.List;

/** An apiVersion that the target release no longer serves: the object is never created. */
public final class ApiVersionRemovedCheck implements DocumentCheck<io.podlint.rules.NoParams> {
  @Override
  public String id() {
    return "api-version-removed";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public void checkDocument(Document d, io.podlint.rules.NoParams params, CheckContext ctx) {
    KubernetesVersion target = ctx.settings().kubernetesVersion();
    ApiVersions.bundled().lookup(d.apiVersion(), d.kind())
        .filter(row -> row.status(target) == Status.REMOVED)
        .ifPresent(row -> {
          YamlNode apiVersion = d.root().get("apiVersion");
          ctx.report(apiVersion, null, null, message(row, target) + selectorNote(d, row), null,
              mechanicalFix(apiVersion, row, target));
        });
  }

  /**
   * Rewrites the apiVersion when nothing else has to change (the table's {@code changes} is null)
   * and the replacement is served by the target; otherwise the user has fields to move and
   * defaults to weigh, and no edit of one line is right.
   */
  private static Fix mechanicalFix(YamlNode apiVersion, ApiVersionLifecycle row, KubernetesVersion target) {
    String replacement = row.replacement();
    boolean served = replacement != null && replacement.equals(row.replacementOn(target));
    if (row.changes() != null || !served || !apiVersion.isString()) {
      return null;
    }
    return NodeEdits.replaceScalar(apiVersion, replacement)
        .map(e -> Fix.of("write apiVersion " + replacement, e)).orElse(null);
  }

  /** apps/v1 requires the selector that the beta versions defaulted from the template's labels. */
  private static String selectorNote(Document d, ApiVersionLifecycle row) {
    boolean appsV1 = "apps/v1".equals(row.replacement())
        && List.of("Deployment", "DaemonSet", "StatefulSet", "ReplicaSet").contains(row.kind());
    if (!appsV1 || d.root().at("spec.selector").hasValue()) {
      return "";
    }
    return "; this manifest has no spec.selector: add one that matches spec.template.metadata.labels";
  }

  static String message(ApiVersionLifecycle row, KubernetesVersion target) {
    StringBuilder m = new StringBuilder("the API server of %s does not serve %s %s (removed in %s): no matches for kind"
        .formatted(target, row.apiVersion(), row.kind(), row.removedIn()));
    String replacement = row.replacementOn(target);
    if (replacement == null) {
      m.append("; nothing replaces it");
    } else {
      m.append("; use apiVersion ").append(replacement);
    }
    if (row.changes() != null) {
      m.append(replacement == null ? ": " : ", where ").append(row.changes());
    }
    return m.toString();
  }
}

package io.podlint.rules.version;

import io.podlint.k8s.ApiVersionLifecycle;
import io.podlint.k8s.ApiVersionLifecycle.Status;
import io.podlint.k8s.ApiVersions;
import io.podlint.k8s.KubernetesVersion;
import io.podlint.parse.Document;
import io.podlint.rules.CheckContext;
import io.podlint.rules.DocumentCheck;
import java.util.List;

/** An apiVersion that the target release still serves but will stop serving. */
public final class ApiVersionDeprecatedCheck implements DocumentCheck<io.podlint.rules.NoParams> {
  @Override
  public String id() {
    return "api-version-deprecated";
  }

  @Override
  public List<String> defaultKinds() {
    return List.of();
  }

  @Override
  public void checkDocument(Document d, io.podlint.rules.NoParams params, CheckContext ctx) {
    KubernetesVersion target = ctx.settings().kubernetesVersion();
    ApiVersions.bundled().lookup(d.apiVersion(), d.kind())
        .filter(row -> row.status(target) == Status.DEPRECATED)
        .ifPresent(row -> ctx.report(d.root().get("apiVersion"), message(row, target)));
  }

  static String message(ApiVersionLifecycle row, KubernetesVersion target) {
    StringBuilder m = new StringBuilder("%s %s is deprecated since %s".formatted(row.apiVersion(), row.kind(),
        row.deprecatedIn()));
    if (row.removedIn() != null) {
      m.append(" and no longer served from ").append(row.removedIn()).append(" on");
    }
    m.append(" (target: ").append(target).append(')');
    String replacement = row.replacementOn(target);
    if (replacement != null) {
      m.append("; use apiVersion ").append(replacement);
      if (row.changes() != null) {
        m.append(", where ").append(row.changes());
      }
    }
    return m.toString();
  }
}

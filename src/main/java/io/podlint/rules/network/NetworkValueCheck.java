package io.podlint.rules.network;

import io.podlint.model.Workload;
import io.podlint.rules.CheckContext;
import io.podlint.rules.WorkloadCheck;
import java.util.Set;

/**
 * Problems inside the values of {@code k8s.v1.cni.cncf.io/networks} and {@code
 * v1.multus-cni.io/default-network}; each instance reports the {@link ValueIssue.Kind}s of one
 * policy, pointing into the value.
 */
final class NetworkValueCheck implements WorkloadCheck<MultusParams> {
  private static final String REJECTED =
      "Rejected by the API server (400 BadRequest): annotation values must be strings, so the object is not created.";

  private final String id;
  private final Set<ValueIssue.Kind> kinds;

  NetworkValueCheck(String id, ValueIssue.Kind... kinds) {
    this.id = id;
    this.kinds = Set.of(kinds);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Class<MultusParams> paramsType() {
    return MultusParams.class;
  }

  @Override
  public void checkWorkload(Workload w, MultusParams params, CheckContext ctx) {
    for (ValueIssue issue : PodNetworks.of(w, params.multusNamespace()).issues()) {
      if (!kinds.contains(issue.kind())) {
        continue;
      }
      if (issue.kind() == ValueIssue.Kind.NOT_A_STRING) {
        ctx.report(issue.value(), null, issue.message(), REJECTED);
      } else {
        ctx.report(issue.value(), issue.at(), null, issue.message(), null, issue.fix());
      }
    }
  }
}
